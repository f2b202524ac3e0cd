import type { Phase } from '../../domain/session/formats';
import type { Session } from '../../domain/session/session';
import type { Translate } from '../../i18n/t';
import type { AdaptiveCard, CardElement } from './card-kit';
import { adaptiveCard, column, columns, execute, heading, notice, text } from './card-kit';

export const SESSION_VERBS = { repostCurrent: 'session.repostCurrent' } as const;

/** Posted when a phase starts (for phases whose activity has no card of its own yet). */
export function phaseCard(session: Session, index: number, t: Translate): AdaptiveCard {
  const phase = session.agenda[index];
  if (!phase) return adaptiveCard([text(t('session.noSession'))]);
  return adaptiveCard([
    text(phaseTitle(phase, index, session.agenda.length, t), { size: 'Large', weight: 'Bolder' }),
    text(t('session.timebox', { minutes: phase.minutes }), { subtle: true }),
    text(t(`phase.${phase.key}.description`)),
  ]);
}

/** The agenda of a session with the current phase marked. */
export function agendaCard(session: Session, t: Translate): AdaptiveCard {
  const current = session.state.kind === 'running' ? session.state.phaseIndex : -1;
  const rows: CardElement[] = session.agenda.map((phase, index) =>
    columns(
      [
        column('stretch', [
          text(`${index + 1}. ${t(`phase.${phase.key}.title`)}`, index === current ? { weight: 'Bolder' } : {}),
        ]),
        column('auto', [
          text(index === current ? `${t('session.current')} · ${minutes(phase, t)}` : minutes(phase, t), {
            subtle: index !== current,
          }),
        ]),
      ],
      index === current ? { style: 'accent', bleed: true } : {},
    ),
  );
  return adaptiveCard([heading(t('session.agendaTitle', { number: session.number })), ...rows]);
}

/** The answer to a second /start-session: the running session, with a way back into it. */
export function alreadyRunningCard(session: Session, t: Translate, canSteer: boolean): AdaptiveCard {
  const index = session.state.kind === 'running' ? session.state.phaseIndex : 0;
  const phase = session.agenda[index];
  const body: CardElement[] = [
    notice(t('session.alreadyRunningTitle', { number: session.number }), 'Warning'),
    ...(phase ? [text(phaseTitle(phase, index, session.agenda.length, t))] : []),
    text(t('session.alreadyRunningHint'), { subtle: true }),
  ];
  const actions = canSteer
    ? [execute(t('session.repostCurrent'), SESSION_VERBS.repostCurrent, { sessionId: session.id, phaseIndex: index })]
    : [];
  return adaptiveCard(body, actions);
}

export function sessionEndedCard(session: Session, checkIns: number, t: Translate): AdaptiveCard {
  return adaptiveCard([
    heading(t('session.ended', { number: session.number })),
    text(t('session.endedSummary', { count: checkIns }), { subtle: true }),
  ]);
}

export const phaseTitle = (phase: Phase, index: number, total: number, t: Translate): string =>
  t('session.phaseTitle', { index: index + 1, total, title: t(`phase.${phase.key}.title`) });

const minutes = (phase: Phase, t: Translate): string => t('session.timebox', { minutes: phase.minutes });
