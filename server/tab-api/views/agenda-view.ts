import {
  POST_IT_KIND,
  categoriesOf,
  isBoard,
  sharedPostIts,
  type PostIt,
} from '../../../domain/activities/board/board';
import { boardHidden } from '../../../domain/activities/board/board-visibility';
import { postItsBefore, voteState } from '../../../domain/activities/dot-vote/dot-vote-use-cases';
import { MOODS } from '../../../domain/activities/check-in/check-in';
import type { Community, Role } from '../../../domain/community/community';
import type { Contribution, Deps, Stored } from '../../../domain/ports';
import { PHASE_CATALOGUE, nextAgenda } from '../../../domain/session/edit-agenda';
import { FORMAT_IDS, type Phase } from '../../../domain/session/formats';
import { currentDriver } from '../../../domain/driver/edit-driver';
import type { Session } from '../../../domain/session/session';

export interface PostItView {
  id: string;
  text: string;
  category: string | null;
  cluster?: string;
  dropped?: boolean;
  /** Taken off the shared board by a facilitator: only facilitators and its author see it. */
  hidden?: boolean;
  phaseIndex: number;
}

/** Who looks at the agenda: what a board shows depends on it. */
export interface Viewer {
  role: Role;
  userId: string;
}

/**
 * The running session (or the next one, to prepare), the driver's end goal, and what the current phase has gathered:
 * the check-in moods, the post-its (never who wrote them) and the vote, its results once revealed.
 */
export async function agendaView(deps: Deps, community: Community, viewer: Viewer) {
  const latest = await deps.store.sessions.latest(community.id);
  const next = await nextAgenda(deps, community.id);
  const running = latest?.value.state.kind === 'running' ? latest : undefined;
  const goal = (await currentDriver(deps, community.id))?.driver.endGoal.trim();
  return {
    ...(goal ? { driverGoal: goal } : {}),
    running: running ? sessionSummary(running.value) : undefined,
    live: running ? await liveOf(deps, running, community, viewer) : undefined,
    next: { number: next.number, format: next.format, agenda: next.agenda, drafted: Boolean(next.draft) },
    catalogue: [...PHASE_CATALOGUE.values()].map((p) => ({ key: p.key, minutes: p.minutes, activity: p.activity })),
    formats: FORMAT_IDS,
  };
}

const sessionSummary = (s: Session) => ({
  id: s.id,
  number: s.number,
  format: s.format,
  agenda: s.agenda,
  phaseIndex: s.state.kind === 'running' ? s.state.phaseIndex : -1,
  phaseStartedAt: s.state.kind === 'running' ? s.state.phaseStartedAt : undefined,
});

async function liveOf(deps: Deps, session: Stored<Session>, community: Community, viewer: Viewer) {
  const s = session.value;
  const index = s.state.kind === 'running' ? s.state.phaseIndex : 0;
  const phase = s.agenda[index];
  if (!phase) return undefined;
  const checkIns = await deps.store.checkIns.list(s.id);
  const moods = Object.fromEntries(MOODS.map((m) => [m, checkIns.filter((c) => c.mood === m).length]));
  const base = { phaseIndex: index, checkIns: checkIns.length, moods };
  if (isBoard(phase)) return { ...base, kind: 'board' as const, ...(await boardOf(deps, s, index, phase, viewer)) };
  if (phase.activity === 'rank')
    return { ...base, kind: 'condense' as const, postIts: await condensedOf(deps, s, index) };
  if (phase.activity === 'dot-vote')
    return { ...base, kind: 'vote' as const, ...(await voteOf(deps, session, community, index)) };
  return { ...base, kind: phase.activity === 'check-in' ? ('check-in' as const) : ('other' as const) };
}

/** The post-its a vote or ranking at `index` is on, as condensed so far (dropped ones marked). */
async function condensedOf(deps: Deps, s: Session, index: number): Promise<PostItView[]> {
  const ideas = new Set((await postItsBefore(deps, s, index)).map((p) => p.id));
  return (await postItsIn(deps, s.id, () => true)).filter((p) => ideas.has(p.id));
}

/** A dot-vote phase: what it is on, how many voted, and the results once revealed (never before). */
export async function voteOf(deps: Deps, session: Stored<Session>, community: Community, index: number) {
  const phase = session.value.agenda[index];
  const postIts = await condensedOf(deps, session.value, index);
  if (!phase) return { postIts, vote: { opened: false, voters: 0, revealed: false, results: undefined } };
  const vote = await voteState(deps, { session, community, phase, phaseIndex: index, role: 'member' }, '');
  return {
    postIts,
    vote: { opened: vote.opened, voters: vote.voters, revealed: vote.revealed, results: vote.results },
  };
}

/**
 * A board as the viewer may see it: a facilitator sees every post-it, hidden ones marked; a member sees what the group
 * sees and their own, and only their own while the board is hidden until a facilitator reveals it.
 */
export async function boardOf(deps: Deps, session: Session, index: number, phase: Phase, viewer: Viewer) {
  const all = (await deps.store.contributions.list<PostIt>(session.id, POST_IT_KIND)).filter(
    (c) => c.phaseIndex === index,
  );
  const hiddenUntilReveal = boardHidden(session, index);
  const sees = (c: Contribution<PostIt>) =>
    viewer.role === 'facilitator' || c.authorId === viewer.userId || (!hiddenUntilReveal && !c.data.hidden);
  return {
    categories: categoriesOf(phase),
    hiddenUntilReveal,
    total: sharedPostIts(all).length,
    postIts: all.filter(sees).map(postItView),
  };
}

async function postItsIn(deps: Deps, sessionId: string, phaseFits: (index: number) => boolean): Promise<PostItView[]> {
  const all = await deps.store.contributions.list<PostIt>(sessionId, POST_IT_KIND);
  return all.filter((c) => phaseFits(c.phaseIndex)).map(postItView);
}

const postItView = (c: Contribution<PostIt>): PostItView => ({
  id: c.id,
  text: c.data.text,
  category: c.data.category,
  phaseIndex: c.phaseIndex,
  ...(c.data.cluster ? { cluster: c.data.cluster } : {}),
  ...(c.data.dropped ? { dropped: true } : {}),
  ...(c.data.hidden ? { hidden: true } : {}),
});
