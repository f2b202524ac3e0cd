import { createElement as h, useEffect, useState, type ReactNode } from 'react';
import { Badge, Button, Subtitle2, Title3, mergeClasses } from '@fluentui/react-components';
import type { Translate } from '../i18n';
import type { AgendaData } from '../types';
import { ErrorBar, Loaded, useApiCall, useData, useStyles } from '../ui';
import { AgendaEditor } from './AgendaEditor';
import { Condense } from './Condense';
import type { ViewProps } from './DriverView';

type Running = NonNullable<AgendaData['running']>;
type Live = NonNullable<AgendaData['live']>;

export function AgendaView(props: ViewProps): ReactNode {
  const state = useData<AgendaData>(props.api, `/communities/${props.communityId}/agenda`, props.version);
  return h(Loaded<AgendaData>, {
    state,
    t: props.t,
    render: (data) => h(Agenda, { ...props, data, reload: state.reload }),
  });
}

function Agenda(props: ViewProps & { data: AgendaData; reload: () => void }): ReactNode {
  const { data, t, role } = props;
  const styles = useStyles();
  const { error, run } = useApiCall();
  const act = (path: string, body: unknown) =>
    run(async () => {
      await props.api.post(`/communities/${props.communityId}${path}`, body);
      props.reload();
    });
  if (!data.running) {
    return h(
      'div',
      { className: styles.page },
      h(
        'section',
        { className: styles.card },
        h(Title3, { as: 'h2', className: styles.heading }, t('tab.agenda.next', { number: data.next.number })),
        h(
          'p',
          { className: styles.muted, style: { margin: 0 } },
          t('tab.agenda.noneRunning'),
          data.next.drafted ? ` ${t('tab.agenda.drafted')}` : '',
        ),
        role === 'facilitator'
          ? h(AgendaEditor, { ...props, next: data.next, catalogue: data.catalogue, formats: data.formats })
          : h(PhaseList, { agenda: data.next.agenda, t }),
      ),
    );
  }
  const running = data.running;
  const facilitator = role === 'facilitator';
  return h(
    'div',
    { className: styles.page },
    h(
      'section',
      { className: styles.card, 'aria-labelledby': 'agenda-heading' },
      h(
        'div',
        { className: styles.row },
        h(
          Title3,
          { as: 'h2', id: 'agenda-heading', className: mergeClasses(styles.heading, styles.grow) },
          t('tab.agenda.running', { number: running.number }),
        ),
        facilitator
          ? h(
              Button,
              { disabled: running.phaseIndex <= 0, onClick: () => void act('/session/step', { step: -1 }) },
              t('tab.agenda.previous'),
            )
          : null,
        facilitator
          ? h(
              Button,
              {
                appearance: 'primary',
                disabled: running.phaseIndex >= running.agenda.length - 1,
                onClick: () => void act('/session/step', { step: 1 }),
              },
              t('tab.agenda.nextPhase'),
            )
          : null,
      ),
      error ? h(ErrorBar, { error, t }) : null,
      h(PhaseList, { agenda: running.agenda, t, current: running.phaseIndex, startedAt: running.phaseStartedAt }),
    ),
    data.live ? h(LivePanel, { ...props, running, live: data.live, act }) : null,
  );
}

function PhaseList({
  agenda,
  t,
  current,
  startedAt,
}: {
  agenda: Running['agenda'];
  t: Translate;
  current?: number;
  startedAt?: string;
}): ReactNode {
  const styles = useStyles();
  return h(
    'ol',
    { className: styles.list, 'aria-label': t('tab.views.agenda') },
    ...agenda.map((phase, i) =>
      h(
        'li',
        {
          key: i,
          className: mergeClasses(styles.item, i === current && styles.current),
          'aria-current': i === current ? 'step' : undefined,
        },
        h(
          'span',
          { className: styles.grow },
          t('tab.agenda.phase', { title: t(`phase.${phase.key}.title`), minutes: phase.minutes }),
        ),
        i === current ? h(Badge, { appearance: 'filled', color: 'brand' }, t('tab.agenda.current')) : null,
        i === current && startedAt ? h(Countdown, { startedAt, minutes: phase.minutes, t }) : null,
      ),
    ),
  );
}

/** Time left in the phase's timebox, ticking every second; over time it says by how much. */
function Countdown({ startedAt, minutes, t }: { startedAt: string; minutes: number; t: Translate }): ReactNode {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.round((new Date(startedAt).getTime() + minutes * 60_000 - now) / 1000);
  const clock = (s: number) => `${Math.floor(Math.abs(s) / 60)}:${String(Math.abs(s) % 60).padStart(2, '0')}`;
  return h(
    'span',
    { role: 'timer', 'aria-live': 'off', style: { fontVariantNumeric: 'tabular-nums', fontWeight: 600 } },
    left >= 0 ? t('tab.agenda.left', { time: clock(left) }) : t('tab.agenda.over', { time: clock(left) }),
  );
}

function LivePanel(
  props: ViewProps & { running: Running; live: Live; act: (path: string, body: unknown) => Promise<void> },
): ReactNode {
  const { live, t } = props;
  const styles = useStyles();
  const moods = Object.entries(live.moods).filter(([, n]) => n > 0);
  return h(
    'section',
    { className: styles.card, 'aria-live': 'polite', 'aria-labelledby': 'live-heading' },
    h(
      Subtitle2,
      { as: 'h2', id: 'live-heading' },
      t(`phase.${props.running.agenda[live.phaseIndex]?.key ?? ''}.title`),
    ),
    h(
      'div',
      { className: styles.row },
      h('span', null, t('tab.agenda.checkIns', { count: live.checkIns })),
      ...moods.map(([mood, n]) =>
        h(Badge, { key: mood, appearance: 'tint', size: 'large' }, `${t(`moods.${mood}`)} × ${n}`),
      ),
    ),
    live.kind === 'board' ? h(Board, { live, t }) : null,
    live.kind === 'condense' || live.kind === 'vote'
      ? h(Condense, { ...props, sessionId: props.running.id, postIts: live.postIts })
      : null,
    live.kind === 'vote' ? h(VoteResults, { ...props, live }) : null,
  );
}

function Board({ live, t }: { live: Extract<Live, { kind: 'board' }>; t: Translate }): ReactNode {
  const styles = useStyles();
  const groups = live.categories.length ? [...live.categories.map((c) => c as string | null), null] : [null];
  if (live.postIts.length === 0) return h('p', null, t('tab.agenda.noPostIts'));
  return h(
    'div',
    { className: styles.grid },
    ...groups.map((category) => {
      const postIts = live.postIts.filter((p) => p.category === category);
      if (postIts.length === 0) return null;
      return h(
        'div',
        { key: category ?? '-', className: styles.list },
        h(
          'h3',
          { style: { margin: 0, fontSize: '14px' } },
          category ? t(`board.category.${category}`) : t('tab.agenda.postIts', { count: postIts.length }),
        ),
        ...postIts.map((p) => h('div', { key: p.id, className: styles.postIt }, p.text)),
      );
    }),
  );
}

function VoteResults(
  props: ViewProps & { live: Extract<Live, { kind: 'vote' }>; act: (path: string, body: unknown) => Promise<void> },
): ReactNode {
  const { live, t } = props;
  const styles = useStyles();
  if (!live.vote.revealed || !live.vote.results) {
    return h(
      'div',
      { className: styles.row },
      h('span', { className: styles.grow }, t('tab.agenda.voters', { count: live.vote.voters })),
      props.role === 'facilitator'
        ? h(
            Button,
            {
              appearance: 'primary',
              onClick: () => void props.act('/session/reveal', { phaseIndex: live.phaseIndex }),
            },
            t('tab.agenda.reveal'),
          )
        : null,
    );
  }
  return h(
    'div',
    null,
    h(Subtitle2, { as: 'h3' }, t('tab.agenda.results')),
    h(
      'ol',
      { className: styles.list },
      ...live.vote.results.map((r) =>
        h(
          'li',
          { key: r.id, className: styles.item },
          h('strong', null, `${r.rank}.`),
          h('span', { className: styles.grow }, r.text),
          r.tied ? h(Badge, { appearance: 'outline' }, t('tab.agenda.tied')) : null,
          h(Badge, { appearance: 'filled', color: 'informative' }, t('tab.agenda.votes', { votes: r.votes })),
        ),
      ),
    ),
  );
}
