import { isBoard } from '../../../domain/activities/board/board';
import type { Community } from '../../../domain/community/community';
import { currentDriver } from '../../../domain/driver/edit-driver';
import { pinnedView } from '../../../domain/meeting/stage-pin';
import type { StageView } from '../../../domain/meeting/stage-views';
import type { Deps } from '../../../domain/ports';
import type { Phase } from '../../../domain/session/formats';
import type { Session } from '../../../domain/session/session';
import { boardOf, voteOf } from './agenda-view';
import { topicsView } from './topics-view';

/** The group as a whole: sees what everybody may see of a board, and no one's own post-its. */
const GROUP = { role: 'member', userId: '' } as const;

/**
 * What the meeting's shared stage shows, the same for everyone who looks at it: the phase with its timebox, the board
 * (never who wrote what, nothing while it is hidden until revealed), the clusters, the vote (results once revealed),
 * the topic list and the driver. `shows` is the pinned view, else the view that fits the current phase.
 */
export async function stageView(deps: Deps, community: Community) {
  const latest = await deps.store.sessions.latest(community.id);
  const topics = (await topicsView(deps, community.id)).topics;
  const driver = (await currentDriver(deps, community.id))?.driver;
  const common = { topics, ...(driver ? { driver } : {}) };
  if (latest?.value.state.kind !== 'running')
    return {
      ...common,
      pinned: null,
      shows: 'topics' as StageView,
      running: undefined,
      board: undefined,
      vote: undefined,
    };
  const session = latest.value;
  const index = latest.value.state.phaseIndex;
  const phase = session.agenda[index];
  const pinned = await pinnedView(deps, session.id);
  const boardAt = lastIndex(session.agenda, index, isBoard);
  const voteAt = lastIndex(session.agenda, index, (p) => p.activity === 'dot-vote' || p.activity === 'rank');
  const board = boardAt === undefined ? undefined : await boardOnStage(deps, session, boardAt);
  const vote = voteAt === undefined ? undefined : await voteOf(deps, latest, community, voteAt);
  return {
    ...common,
    running: {
      number: session.number,
      phaseIndex: index,
      phaseCount: session.agenda.length,
      phase: phase ? { key: phase.key, minutes: phase.minutes, activity: phase.activity } : undefined,
      phaseStartedAt: latest.value.state.phaseStartedAt,
      checkIns: await deps.store.checkIns.count(session.id),
    },
    pinned,
    shows: pinned ?? followed(phase, vote?.vote.revealed ?? false),
    board,
    vote: vote ? { ...vote.vote, clusters: clustersOf(vote.postIts) } : undefined,
  };
}

/** The view that fits a phase: its board as it fills up, the clusters being voted on, then the results. */
function followed(phase: Phase | undefined, revealed: boolean): StageView {
  if (!phase) return 'topics';
  if (phase.activity === 'dot-vote') return revealed ? 'results' : 'clusters';
  if (phase.activity === 'rank') return 'clusters';
  if (phase.activity === 'driver') return 'driver';
  return isBoard(phase) ? 'board' : 'topics';
}

/** The phase of that kind the session is in, or the last one before it, or else the first one after it. */
function lastIndex(agenda: readonly Phase[], current: number, fits: (p: Phase) => boolean): number | undefined {
  const indices = agenda.flatMap((p, i) => (fits(p) ? [i] : []));
  return indices.filter((i) => i <= current).pop() ?? indices[0];
}

async function boardOnStage(deps: Deps, session: Session, index: number) {
  const phase = session.agenda[index];
  if (!phase) return undefined;
  const board = await boardOf(deps, session, index, phase, GROUP);
  return {
    phaseKey: phase.key,
    ...board,
    postIts: board.postIts.map(({ id, text, category }) => ({ id, text, category })),
  };
}

/** The clusters and the ideas on their own, as the facilitator condensed them (dropped ones left out). */
function clustersOf(postIts: readonly { id: string; text: string; cluster?: string; dropped?: boolean }[]) {
  const kept = postIts.filter((p) => !p.dropped);
  const names = [...new Set(kept.flatMap((p) => (p.cluster ? [p.cluster] : [])))];
  return {
    clusters: names.map((name) => ({ name, ideas: kept.filter((p) => p.cluster === name).map((p) => p.text) })),
    singles: kept.filter((p) => !p.cluster).map((p) => p.text),
  };
}
