import type { Translate } from '../../i18n/t';
import type { CommandName } from '../command-parser';
import { adaptiveCard, container, heading, notice, text, type AdaptiveCard, type CardElement } from './card-kit';

export interface HelpView {
  /** The command names in the reader's language, e.g. `/hulp`. */
  names: Record<CommandName, string>;
  isFacilitator: boolean;
  hasCommunity: boolean;
  /** In the personal chat, `/actions` lists the reader's own actions. */
  personal?: boolean;
  /** Shown above the overview, e.g. "I don't know that command". */
  preface?: string[];
}

/** The overview of what this person may do; facilitators also see the steering commands. */
export function helpCard(view: HelpView, t: Translate): AdaptiveCard {
  const { names } = view;
  const body: CardElement[] = [
    ...(view.preface ?? []).map((line) => text(line, { weight: 'Bolder', color: 'Attention' })),
  ];
  body.push(heading(t('help.title')), text(t('help.intro'), { subtle: true }));
  body.push(
    section(t('help.everyone'), [
      [names.help, t('help.commands.help')],
      [names.agenda, t('help.commands.agenda')],
      [names.schedule, t('help.commands.schedule')],
      ...(view.personal ? [[names.actions, t('help.commands.myActions')] as [string, string]] : []),
      [names['forget-me'], t('help.commands.forgetMe')],
    ]),
  );
  if (view.isFacilitator || !view.hasCommunity) {
    body.push(
      section(t('help.facilitators'), [
        [names['start-session'], t('help.commands.startSession')],
        [names.next, t('help.commands.next')],
        [names.previous, t('help.commands.previous')],
        [names.auto, t('help.commands.auto')],
        [names.checkin, t('help.commands.checkin')],
        [names.brainstorm, t('help.commands.brainstorm')],
        [names.vote, t('help.commands.vote')],
        [names.rank, t('help.commands.rank')],
        [names.actions, t('help.commands.actions')],
        [names.retro, t('help.commands.retro')],
        [names.survey, t('help.commands.survey')],
        [names['end-session'], t('help.commands.endSession')],
        [names.report, t('help.commands.report')],
        [`${names.report} ${t('help.yearWord')}`, t('help.commands.reportYear')],
        [names.plan, t('help.commands.plan')],
        [names.facilitator, t('help.commands.facilitator')],
        [names.observer, t('help.commands.observer')],
        [names.member, t('help.commands.member')],
        [`${names.community} ${t('help.nameWord')}`, t('help.commands.communityName')],
        [`${names.community} ${t('help.languageWord')}`, t('help.commands.communityLanguage')],
        [names.export, t('help.commands.export')],
        [names.archive, t('help.commands.archive')],
      ]),
    );
  }
  if (view.isFacilitator) body.push(notice(t('help.youAreFacilitator'), 'Good'));
  if (!view.hasCommunity) body.push(text(t('help.noCommunityYet'), { subtle: true }));
  return adaptiveCard(body);
}

/** Commands and what they do, one line each: the command in bold, never broken off from its name. */
function section(title: string, rows: [string, string][]): CardElement {
  return container(
    [
      text(title, { weight: 'Bolder', size: 'Medium' }),
      ...rows.map(([command, description]): CardElement => ({
        type: 'RichTextBlock',
        inlines: [
          { type: 'TextRun', text: command.replace(/-/g, '\u2011'), weight: 'Bolder', color: 'Accent' },
          { type: 'TextRun', text: `  ${description}` },
        ],
      })),
    ],
    { spacing: 'Medium' },
  );
}
