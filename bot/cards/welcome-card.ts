import type { Translate } from '../../i18n/t';
import { adaptiveCard, heading, text, type AdaptiveCard } from './card-kit';

/** Posted once when the app is added to a team, chat or personal scope: how to start, nothing more. */
export function welcomeCard(t: Translate, personal: boolean): AdaptiveCard {
  return adaptiveCard([
    heading(t('welcome.title')),
    text(t(personal ? 'welcome.textPersonal' : 'welcome.text')),
    text(t(personal ? 'welcome.howToStartPersonal' : 'welcome.howToStart')),
  ]);
}
