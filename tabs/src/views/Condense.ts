import { createElement as h, useState, type DragEvent, type ReactNode } from 'react';
import { Button, Input, Select, Subtitle2 } from '@fluentui/react-components';
import type { PostItView } from '../../../server/tab-api/views/agenda-view';
import { ErrorBar, useApiCall, useStyles } from '../ui';
import type { ViewProps } from './DriverView';

/**
 * Condensing: a facilitator drags post-its onto clusters (or picks the cluster from a list, which is
 * the keyboard way) and drops what is not relevant. Members see the clusters as they form.
 */
export function Condense(props: ViewProps & { sessionId: string; postIts: PostItView[] }): ReactNode {
  const { t, postIts } = props;
  const styles = useStyles();
  const facilitator = props.role === 'facilitator';
  const [extra, setExtra] = useState<string[]>([]);
  const [name, setName] = useState('');
  const { error, run } = useApiCall();
  const clusters = [...new Set([...postIts.flatMap((p) => (p.cluster ? [p.cluster] : [])), ...extra])];
  const mark = (id: string, body: { cluster?: string | null; dropped?: boolean }) =>
    run(() => props.api.put(`/communities/${props.communityId}/post-its/${props.sessionId}/${id}`, body));
  const onDrop = (cluster: string | null) => (event: DragEvent) => {
    event.preventDefault();
    const id = event.dataTransfer.getData('text/plain');
    if (id) void mark(id, { cluster });
  };
  const card = (p: PostItView) =>
    h(
      'div',
      {
        key: p.id,
        className: styles.postIt,
        draggable: facilitator && !p.dropped,
        onDragStart: (e: DragEvent) => e.dataTransfer.setData('text/plain', p.id),
        style: p.dropped ? { opacity: 0.6, textDecoration: 'line-through' } : undefined,
      },
      h('span', null, p.text),
      facilitator
        ? h(
            'div',
            { className: styles.row },
            p.dropped
              ? null
              : h(
                  Select,
                  {
                    size: 'small',
                    'aria-label': t('tab.agenda.moveTo', { text: p.text }),
                    value: p.cluster ?? '',
                    onChange: (_e, d) => void mark(p.id, { cluster: d.value || null }),
                  },
                  h('option', { value: '' }, t('tab.agenda.noCluster')),
                  ...clusters.map((c) => h('option', { key: c, value: c }, c)),
                ),
            h(
              Button,
              { size: 'small', appearance: 'subtle', onClick: () => void mark(p.id, { dropped: !p.dropped }) },
              p.dropped ? t('tab.agenda.restore') : t('tab.agenda.drop'),
            ),
          )
        : null,
    );
  const column = (cluster: string | null, items: PostItView[]) =>
    h(
      'div',
      {
        key: cluster ?? '-',
        className: styles.list,
        onDragOver: (e: DragEvent) => e.preventDefault(),
        onDrop: onDrop(cluster),
        style: { minHeight: '80px', padding: '8px', borderRadius: '8px', border: '1px dashed currentColor' },
      },
      h('h3', { style: { margin: 0, fontSize: '14px' } }, cluster ?? t('tab.agenda.noCluster')),
      ...items.map(card),
    );
  const active = postIts.filter((p) => !p.dropped);
  const dropped = postIts.filter((p) => p.dropped);
  return h(
    'div',
    { className: styles.list },
    h(Subtitle2, { as: 'h3' }, t('tab.agenda.clusters')),
    facilitator ? h('p', { className: styles.muted, style: { margin: 0 } }, t('tab.agenda.dragHint')) : null,
    error ? h(ErrorBar, { error, t }) : null,
    facilitator
      ? h(
          'form',
          {
            className: styles.row,
            onSubmit: (e: { preventDefault: () => void }) => {
              e.preventDefault();
              if (name.trim()) setExtra([...extra, name.trim()]);
              setName('');
            },
          },
          h(Input, {
            value: name,
            'aria-label': t('tab.agenda.newCluster'),
            placeholder: t('tab.agenda.newCluster'),
            onChange: (_e, d) => setName(d.value),
          }),
          h(Button, { type: 'submit' }, t('tab.agenda.addCluster')),
        )
      : null,
    postIts.length === 0 ? h('p', null, t('tab.agenda.noPostIts')) : null,
    h(
      'div',
      { className: styles.grid },
      column(
        null,
        active.filter((p) => !p.cluster),
      ),
      ...clusters.map((c) =>
        column(
          c,
          active.filter((p) => p.cluster === c),
        ),
      ),
    ),
    dropped.length
      ? h(
          'details',
          null,
          h('summary', null, t('tab.agenda.dropped', { count: dropped.length })),
          h('div', { className: styles.grid }, ...dropped.map(card)),
        )
      : null,
  );
}
