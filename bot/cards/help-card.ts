import type { Translate } from '../../i18n/t';
import { adaptiveCard, heading, notice, text, type AdaptiveCard, type CardElement } from './card-kit';

export interface HelpView {
  /** The command names in the reader's language, e.g. `/hulp`. */
  names: Record<'help' | 'agenda' | 'start-session' | 'next' | 'previous' | 'end-session', string>;
  isFacilitator: boolean;
  hasCommunity: boolean;
  /** Shown above the overview, e.g. "I don't know that command". */
  preface?: string[];
}

/** The overview of what this person may do; facilitators also see the steering commands. */
export function helpCard(view: HelpView, t: Translate): AdaptiveCard {
  const { names } = view;
  const body: CardElement[] = [...(view.preface ?? []).map((line) => text(line, { weight: 'Bolder', color: 'Attention' }))];
  body.push(heading(t('help.title')), text(t('help.intro'), { subtle: true }));
  body.push(section(t('help.everyone'), [[names.help, t('help.commands.help')], [names.agenda, t('help.commands.agenda')]]));
  if (view.isFacilitator || !view.hasCommunity) {
    body.push(
      section(t('help.facilitators'), [
        [names['start-session'], t('help.commands.startSession')],
        [names.next, t('help.commands.next')],
        [names.previous, t('help.commands.previous')],
        [names['end-session'], t('help.commands.endSession')],
      ]),
    );
  }
  if (view.isFacilitator) body.push(notice(t('help.youAreFacilitator'), 'Good'));
  if (!view.hasCommunity) body.push(text(t('help.noCommunityYet'), { subtle: true }));
  return adaptiveCard(body);
}

/** Commands and what they do, aligned. Only catalogue text goes in a FactSet (it renders markdown). */
function section(title: string, rows: [string, string][]): CardElement {
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [text(title, { weight: 'Bolder', size: 'Medium' }), { type: 'FactSet', facts: rows.map(([command, description]) => ({ title: command, value: description })) }],
  };
}
