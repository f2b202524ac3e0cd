import { createElement as h, useState, type ReactNode } from 'react';
import { Badge, Button, Link, Select, Subtitle2, Title3 } from '@fluentui/react-components';
import type { Api } from '../api';
import { plannedWhen, when, type Lang, type Translate } from '../i18n';
import type { CommunityData, HistoryData, MyActionsData, TopicsData } from '../types';
import { ErrorBar, Loaded, useApiCall, useData, useStyles } from '../ui';
import type { ViewProps } from './DriverView';

/** The prioritised topics; facilitators move them up and down and plan them into a session. */
export function TopicsView(props: ViewProps): ReactNode {
  const state = useData<TopicsData>(props.api, `/communities/${props.communityId}/topics`, props.version);
  const styles = useStyles();
  const { error, run } = useApiCall();
  const { t } = props;
  const send = (path: string, body: unknown) =>
    run(async () => {
      await props.api.put(`/communities/${props.communityId}${path}`, body);
      state.reload();
    });
  const facilitator = props.role === 'facilitator';
  return h(
    'div',
    { className: styles.page },
    h(
      'section',
      { className: styles.card },
      h(Title3, { as: 'h2', className: styles.heading }, t('tab.topics.heading')),
      error ? h(ErrorBar, { error, t }) : null,
      h(Loaded<TopicsData>, {
        state,
        t,
        render: (data) => {
          if (data.topics.length === 0) return h('p', null, t('tab.topics.none'));
          const ids = data.topics.map((topic) => topic.id);
          const move = (i: number, by: number) => {
            const order = [...ids];
            const [id] = order.splice(i, 1);
            order.splice(i + by, 0, id as string);
            void send('/topics/order', { order });
          };
          const sessions = Array.from({ length: 12 }, (_v, k) => data.nextNumber + k);
          return h(
            'ol',
            { className: styles.list },
            ...data.topics.map((topic, i) =>
              h(
                'li',
                { key: topic.id, className: styles.item },
                h('strong', null, `${i + 1}.`),
                h('span', { className: styles.grow }, topic.text),
                h(Badge, { appearance: 'tint' }, t('tab.topics.points', { points: topic.points })),
                facilitator
                  ? h(
                      Button,
                      {
                        size: 'small',
                        className: styles.iconButton,
                        disabled: i === 0,
                        'aria-label': t('tab.topics.up', { topic: topic.text }),
                        onClick: () => move(i, -1),
                      },
                      '↑',
                    )
                  : null,
                facilitator
                  ? h(
                      Button,
                      {
                        size: 'small',
                        className: styles.iconButton,
                        disabled: i === ids.length - 1,
                        'aria-label': t('tab.topics.down', { topic: topic.text }),
                        onClick: () => move(i, 1),
                      },
                      '↓',
                    )
                  : null,
                facilitator
                  ? h(
                      Select,
                      {
                        size: 'small',
                        'aria-label': `${t('tab.topics.plan')}: ${topic.text}`,
                        value: String(topic.plannedSession ?? ''),
                        onChange: (_e, d) =>
                          void send(`/topics/${topic.id}/plan`, { sessionNumber: d.value ? Number(d.value) : null }),
                      },
                      h('option', { value: '' }, t('tab.topics.unplanned')),
                      ...[...new Set([...(topic.plannedSession ? [topic.plannedSession] : []), ...sessions])].map((n) =>
                        h('option', { key: n, value: String(n) }, t('tab.topics.plannedIn', { number: n })),
                      ),
                    )
                  : topic.plannedSession
                    ? h(Badge, null, t('tab.topics.plannedIn', { number: topic.plannedSession }))
                    : null,
              ),
            ),
          );
        },
      }),
    ),
  );
}

export function HistoryView(props: ViewProps): ReactNode {
  const state = useData<HistoryData>(props.api, `/communities/${props.communityId}/history`, props.version);
  const styles = useStyles();
  const { t, lang } = props;
  return h(
    'div',
    { className: styles.page },
    h(Title3, { as: 'h2', className: styles.heading }, t('tab.history.heading')),
    h(Loaded<HistoryData>, {
      state,
      t,
      render: (data) =>
        data.sessions.length === 0
          ? h('p', null, t('tab.history.none'))
          : h(
              'div',
              { className: styles.list },
              ...data.sessions.map((s) =>
                h(
                  'section',
                  { key: s.id, className: styles.card },
                  h(
                    'div',
                    { className: styles.row },
                    h(
                      Subtitle2,
                      { as: 'h3', className: styles.grow },
                      t('tab.history.session', { number: s.number, format: t(`format.${s.format}`) }),
                    ),
                    h('span', { className: styles.muted }, when(s.startedAt, lang)),
                  ),
                  h(
                    'span',
                    null,
                    t('tab.history.attendance', {
                      present: s.attendance.present.length,
                      members: s.attendance.members,
                    }),
                    s.attendance.present.length ? `: ${s.attendance.present.join(', ')}` : '',
                  ),
                  s.report
                    ? h(
                        'div',
                        { className: styles.row },
                        h(Link, { href: s.report.pdfUrl, target: '_blank' }, t('tab.history.report')),
                        h(Link, { href: s.report.webUrl, target: '_blank' }, t('tab.history.folder')),
                      )
                    : h('span', { className: styles.muted }, t('tab.history.noReport')),
                  h(ActionList, { actions: s.actions, t, lang }),
                ),
              ),
            ),
    }),
  );
}

type ActionRow = MyActionsData['communities'][number]['actions'][number];

function ActionList({ actions, t }: { actions: ActionRow[]; t: Translate; lang: Lang }): ReactNode {
  const styles = useStyles();
  if (actions.length === 0) return h('span', { className: styles.muted }, t('tab.history.noActions'));
  return h(
    'ul',
    { className: styles.list, 'aria-label': t('tab.history.actions') },
    ...actions.map((a) =>
      h(
        'li',
        { key: a.id, className: styles.item },
        h(
          Badge,
          {
            appearance: a.status === 'done' ? 'filled' : 'outline',
            color: a.status === 'done' ? 'success' : 'informative',
          },
          t(`tab.actions.${a.status}`),
        ),
        h('span', { className: styles.grow }, a.what),
        h('span', null, a.ownerName),
        h('span', { className: styles.muted }, t('tab.actions.due', { date: a.due })),
      ),
    ),
  );
}

export function CommunityView(props: ViewProps): ReactNode {
  const state = useData<CommunityData>(props.api, `/communities/${props.communityId}/community`, props.version);
  const styles = useStyles();
  const { t, lang } = props;
  return h(Loaded<CommunityData>, {
    state,
    t,
    render: (data) =>
      h(
        'div',
        { className: styles.page },
        h(
          'div',
          { className: styles.grid },
          h(
            'section',
            { className: styles.card },
            h(Subtitle2, { as: 'h2' }, t('tab.community.members', { count: data.members.length })),
            h(
              'ul',
              { className: styles.list },
              ...data.members.map((m) =>
                h(
                  'li',
                  { key: m.userId, className: styles.item },
                  h('span', { className: styles.grow }, m.name),
                  h(
                    Badge,
                    {
                      appearance: m.role === 'facilitator' ? 'filled' : 'tint',
                      color: m.role === 'facilitator' ? 'brand' : 'informative',
                    },
                    t(`tab.community.roles.${m.role}`),
                  ),
                ),
              ),
            ),
          ),
          h(
            'section',
            { className: styles.card },
            h(Subtitle2, { as: 'h2' }, t('tab.community.agreements')),
            data.agreements.written.length + data.agreements.board.length === 0
              ? h('p', null, t('tab.community.noAgreements'))
              : null,
            data.agreements.written.length
              ? h('ul', null, ...data.agreements.written.map((a, i) => h('li', { key: i }, a)))
              : null,
            ...data.agreements.board.map((g) =>
              h(
                'div',
                { key: g.category },
                h('h3', { style: { fontSize: '14px', margin: '8px 0 4px' } }, t(`board.category.${g.category}`)),
                h('ul', { style: { margin: 0 } }, ...g.texts.map((text, i) => h('li', { key: i }, text))),
              ),
            ),
          ),
          props.role === 'facilitator' ? h(ExportCard, { ...props }) : null,
          h(
            'section',
            { className: styles.card },
            h(Subtitle2, { as: 'h2' }, t('tab.community.schedule')),
            data.schedule.length === 0
              ? h('p', null, t('tab.community.noSchedule', { number: data.nextNumber }))
              : h(
                  'ol',
                  { className: styles.list, start: data.nextNumber },
                  ...data.schedule.map((p) =>
                    h(
                      'li',
                      {
                        key: p.start,
                        className: styles.item,
                        style: { flexDirection: 'column', alignItems: 'flex-start' },
                      },
                      h('strong', null, plannedWhen(p, lang)),
                      h(
                        'span',
                        null,
                        `${t(`format.${p.format}`)}${p.place ? ` · ${p.place}` : ''}${p.onlineUrl ? ` · ${t('tab.community.online')}` : ''}`,
                      ),
                      p.topics.length ? h('span', { className: styles.muted }, p.topics.join(', ')) : null,
                      p.questionnaire
                        ? h(
                            'span',
                            { className: styles.muted },
                            questionnaireLine(p.questionnaire, t, lang, p.timeZone),
                          )
                        : null,
                    ),
                  ),
                ),
          ),
        ),
      ),
  });
}

type Questionnaire = NonNullable<CommunityData['schedule'][number]['questionnaire']>;

/** The closing session's impact questionnaire: when it goes out, or how many answered ahead. */
function questionnaireLine(q: Questionnaire, t: Translate, lang: Lang, timeZone: string): string {
  if ('due' in q) return t('tab.community.questionnaireDue');
  if ('opensAt' in q) return t('tab.community.questionnaireOpens', { date: when(q.opensAt, lang, timeZone) });
  return t(q.accepting ? 'tab.community.questionnaireOpen' : 'tab.community.questionnaireClosed', {
    count: q.answers,
    deadline: when(q.deadline, lang, timeZone),
  });
}

/** Facilitators download everything the community produced (the same zip as /export in the channel). */
function ExportCard({ api, communityId, t }: ViewProps): ReactNode {
  const styles = useStyles();
  const { error, run } = useApiCall();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    await run(async () => {
      const { url } = await api.post<{ url: string }>(`/communities/${communityId}/export`, {});
      window.location.assign(url);
    });
    setBusy(false);
  };
  return h(
    'section',
    { className: styles.card },
    h(Subtitle2, { as: 'h2' }, t('tab.community.export')),
    h('p', null, t('tab.community.exportText')),
    error ? h(ErrorBar, { error, t }) : null,
    h(
      Button,
      { appearance: 'primary', disabled: busy, onClick: () => void download() },
      t('tab.community.exportButton'),
    ),
  );
}

export function MyActionsView({
  api,
  t,
  lang,
  version,
}: {
  api: Api;
  t: Translate;
  lang: Lang;
  version: number;
}): ReactNode {
  const state = useData<MyActionsData>(api, '/my-actions', version);
  const styles = useStyles();
  return h(
    'div',
    { className: styles.page },
    h(Title3, { as: 'h2', className: styles.heading }, t('tab.views.myActions')),
    h(Loaded<MyActionsData>, {
      state,
      t,
      render: (data) =>
        data.communities.length === 0
          ? h('p', null, t('tab.actions.noCommunities'))
          : h(
              'div',
              { className: styles.list },
              ...data.communities.map((c) =>
                h(
                  'section',
                  { key: c.communityId, className: styles.card },
                  h(Subtitle2, { as: 'h3' }, c.communityName),
                  c.actions.length === 0
                    ? h('p', null, t('tab.actions.none'))
                    : h(ActionList, { actions: c.actions, t, lang }),
                ),
              ),
            ),
    }),
  );
}
