import { POST_IT_KIND, categoriesOf, isBoard, type PostIt } from '../../../domain/activities/board/board';
import { postItsBefore, voteState } from '../../../domain/activities/dot-vote/dot-vote-use-cases';
import { MOODS } from '../../../domain/activities/check-in/check-in';
import type { Community, Role } from '../../../domain/community/community';
import type { Deps, Stored } from '../../../domain/ports';
import { PHASE_CATALOGUE, nextAgenda } from '../../../domain/session/edit-agenda';
import { FORMAT_IDS } from '../../../domain/session/formats';
import type { Session } from '../../../domain/session/session';

export interface PostItView {
  id: string;
  text: string;
  category: string | null;
  cluster?: string;
  dropped?: boolean;
  phaseIndex: number;
}

/**
 * The running session (or the next one, to prepare) with what the current phase has gathered:
 * the check-in moods, the post-its (never who wrote them) and the vote, its results once revealed.
 */
export async function agendaView(deps: Deps, community: Community, role: Role) {
  const latest = await deps.store.sessions.latest(community.id);
  const next = await nextAgenda(deps, community.id);
  const running = latest?.value.state.kind === 'running' ? latest : undefined;
  return {
    running: running ? sessionSummary(running.value) : undefined,
    live: running ? await liveOf(deps, running, community, role) : undefined,
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

async function liveOf(deps: Deps, session: Stored<Session>, community: Community, role: Role) {
  const s = session.value;
  const index = s.state.kind === 'running' ? s.state.phaseIndex : 0;
  const phase = s.agenda[index];
  if (!phase) return undefined;
  const checkIns = await deps.store.checkIns.list(s.id);
  const moods = Object.fromEntries(MOODS.map((m) => [m, checkIns.filter((c) => c.mood === m).length]));
  const base = { phaseIndex: index, checkIns: checkIns.length, moods };
  if (isBoard(phase))
    return {
      ...base,
      kind: 'board' as const,
      categories: categoriesOf(phase),
      postIts: await postItsIn(deps, s.id, (p) => p === index),
    };
  if (phase.activity === 'dot-vote' || phase.activity === 'rank') {
    const ideas = new Set((await postItsBefore(deps, s, index)).map((p) => p.id));
    const postIts = (await postItsIn(deps, s.id, () => true)).filter((p) => ideas.has(p.id));
    if (phase.activity === 'rank') return { ...base, kind: 'condense' as const, postIts };
    const vote = await voteState(deps, { session, community, phase, phaseIndex: index, role }, '');
    return {
      ...base,
      kind: 'vote' as const,
      postIts,
      vote: { opened: vote.opened, voters: vote.voters, revealed: vote.revealed, results: vote.results },
    };
  }
  return { ...base, kind: phase.activity === 'check-in' ? ('check-in' as const) : ('other' as const) };
}

async function postItsIn(deps: Deps, sessionId: string, phaseFits: (index: number) => boolean): Promise<PostItView[]> {
  const all = await deps.store.contributions.list<PostIt>(sessionId, POST_IT_KIND);
  return all
    .filter((c) => phaseFits(c.phaseIndex))
    .map((c) => ({
      id: c.id,
      text: c.data.text,
      category: c.data.category,
      phaseIndex: c.phaseIndex,
      ...(c.data.cluster ? { cluster: c.data.cluster } : {}),
      ...(c.data.dropped ? { dropped: true } : {}),
    }));
}
