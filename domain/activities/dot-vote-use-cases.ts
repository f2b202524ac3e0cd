import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { Contribution, Deps } from '../ports';
import { phaseSettings, withPhaseSettings, type Session } from '../session/session';
import { namesOf } from '../session/start-session';
import { activityContext, type ActivityContext, type ActivityTarget } from './activity-context';
import { POST_IT_KIND, type PostIt } from './board';
import { BALLOT_KIND, defaultRules, parseBallot, spentDots, tally, type Ballot, type Idea, type RankedIdea, type VoteRules } from './dot-vote';

/** A vote as one member sees it. Results are there only once the facilitator revealed them. */
export interface VoteState extends ActivityContext {
  ideas: Idea[];
  rules: VoteRules;
  mine?: Ballot;
  voters: number;
  revealed: boolean;
  results?: RankedIdea[];
}

const isVote = (phase: { activity: string }) => phase.activity === 'dot-vote';

/** Casts (or moves) a member's dots. After the reveal the vote is closed. */
export function castBallot(deps: Deps, target: ActivityTarget & { raw: Record<string, unknown> }): Promise<Result<VoteState>> {
  return retryOnConflict(async () => {
    const context = await activityContext(deps, target, isVote);
    if (!context.ok) return context;
    if (phaseSettings(context.value.session.value, target.phaseIndex).revealedAt) return fail('errors.vote.closed');
    const ideas = await ideasFor(deps, context.value.session.value, target.phaseIndex);
    const rules = rulesOf(context.value.session.value, target.phaseIndex, ideas.length);
    const ballot = parseBallot(target.raw, ideas, rules);
    if (!ballot.ok) return ballot;
    const existing = await deps.store.contributions.get<Ballot>(target.sessionId, BALLOT_KIND, ballotId(target));
    if (!existing || JSON.stringify(existing.value.data) !== JSON.stringify(ballot.value)) {
      const record: Contribution<Ballot> = {
        communityId: context.value.community.id, sessionId: target.sessionId, phaseIndex: target.phaseIndex, kind: BALLOT_KIND,
        id: ballotId(target), authorId: target.actor.userId, data: ballot.value, createdAt: deps.clock.now().toISOString(),
      };
      const saved = await deps.store.contributions.save(record, existing?.version ?? null);
      if (!saved.ok) return 'conflict';
    }
    return ok(await voteState(deps, context.value, target.actor.userId));
  });
}

/** Shows the results to everyone and closes the vote. Facilitators only. */
export function revealVotes(deps: Deps, target: ActivityTarget): Promise<Result<VoteState>> {
  return retryOnConflict(async () => {
    const context = await activityContext(deps, target, isVote);
    if (!context.ok) return context;
    if (context.value.role !== 'facilitator') return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, context.value.community.id) });
    const session = context.value.session;
    if (!phaseSettings(session.value, target.phaseIndex).revealedAt) {
      const revealed = withPhaseSettings(session.value, target.phaseIndex, { revealedAt: deps.clock.now().toISOString() });
      const saved = await deps.store.sessions.save(revealed, session.version);
      if (!saved.ok) return 'conflict';
      context.value.session = { value: revealed, version: saved.version };
    }
    return ok(await voteState(deps, context.value, target.actor.userId));
  });
}

/** The vote of one phase as `userId` sees it. */
export async function voteState(deps: Deps, context: ActivityContext, userId: string): Promise<VoteState> {
  const session = context.session.value;
  const ideas = await ideasFor(deps, session, context.phaseIndex);
  const ballots = (await deps.store.contributions.list<Ballot>(session.id, BALLOT_KIND)).filter((b) => b.phaseIndex === context.phaseIndex && spentDots(b.data) > 0);
  const revealed = Boolean(phaseSettings(session, context.phaseIndex).revealedAt);
  const mine = ballots.find((b) => b.authorId === userId)?.data;
  return {
    ...context,
    ideas,
    rules: rulesOf(session, context.phaseIndex, ideas.length),
    ...(mine ? { mine } : {}),
    voters: ballots.length,
    revealed,
    ...(revealed ? { results: tally(ideas, ballots.map((b) => b.data)) } : {}),
  };
}

/** What is voted on: the post-its of the session's brainstorms before the vote. */
export async function ideasFor(deps: Deps, session: Session, votePhaseIndex: number): Promise<Idea[]> {
  const brainstorms = new Set(session.agenda.flatMap((p, i) => (i < votePhaseIndex && p.activity === 'brainstorm' ? [i] : [])));
  const postIts = await deps.store.contributions.list<PostIt>(session.id, POST_IT_KIND);
  return postIts.filter((p) => brainstorms.has(p.phaseIndex)).map((p) => ({ id: p.id, text: p.data.text }));
}

const rulesOf = (session: Session, phaseIndex: number, ideaCount: number): VoteRules => {
  const settings = phaseSettings(session, phaseIndex);
  return defaultRules(ideaCount, settings.dots, settings.capPerItem);
};

const ballotId = (target: ActivityTarget) => `${target.phaseIndex}:${target.actor.userId}`;
