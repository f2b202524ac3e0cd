import type { ReactNode } from 'react';
import { ErrorBar } from '../../components/ErrorBar';
import { useStyles } from '../../ui';
import { useApiCall } from '../../use-api-call';
import type { ViewProps } from '../view-props';
import { BoardPostIt } from './BoardPostIt';
import { RevealBar } from './RevealBar';
import type { Act, Live } from './use-agenda';

type BoardLive = Extract<Live, { kind: 'board' }>;

/**
 * The post-its of a board phase, grouped by the board's categories. While the board is hidden until revealed a member
 * sees only their own; a facilitator sees all, reveals them, and hides one that does not belong.
 */
export function Board(props: ViewProps & { live: BoardLive; sessionId: string; act: Act }): ReactNode {
  const { live, t } = props;
  const styles = useStyles();
  const facilitator = props.role === 'facilitator';
  const { error, run } = useApiCall();
  const setHidden = (id: string, hidden: boolean) =>
    run(() => props.api.put(`/communities/${props.communityId}/post-its/${props.sessionId}/${id}`, { hidden }));
  const groups = live.categories.length ? [...live.categories.map((c) => c as string | null), null] : [null];
  return (
    <>
      {live.hiddenUntilReveal && (
        <RevealBar
          message={t('tab.agenda.hiddenBoard', { count: live.total })}
          label={t('tab.agenda.revealBoard')}
          role={props.role}
          phaseIndex={live.phaseIndex}
          act={props.act}
        />
      )}
      {error && <ErrorBar error={error} t={t} />}
      {live.postIts.length === 0 && !live.hiddenUntilReveal && <p>{t('tab.agenda.noPostIts')}</p>}
      <div className={styles.grid}>
        {groups.map((category) => {
          const postIts = live.postIts.filter((p) => p.category === category);
          if (postIts.length === 0) return null;
          return (
            <div key={category ?? '-'} className={styles.list}>
              <h3 style={{ margin: 0, fontSize: '14px' }}>
                {category ? t(`board.category.${category}`) : t('tab.agenda.postIts', { count: postIts.length })}
              </h3>
              {postIts.map((p) => (
                <BoardPostIt key={p.id} postIt={p} t={t} onHide={facilitator ? setHidden : undefined} />
              ))}
            </div>
          );
        })}
      </div>
    </>
  );
}
