import type { Translate } from '../../i18n/t';
import { adaptiveCard, heading, text, type AdaptiveCard } from './card-kit';

/** Posted once when the app is added to a team, chat or personal scope: how to start, nothing more. */
export const welcomeCard = (t: Translate): AdaptiveCard =>
  adaptiveCard([heading(t('welcome.title')), text(t('welcome.text')), text(t('welcome.howToStart'), { weight: 'Bolder' })]);
