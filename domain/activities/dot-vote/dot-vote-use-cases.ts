import { retryOnConflict } from '../../concurrency';
import { fail, ok, type Result } from '../../errors';
import type { Contribution, Deps } from '../../ports';
import { phaseSettings, type PhaseSettings, type Session } from '../../session/session';
import { changeInPhase, type ActivityContext, type ActivityInput, type ActivityTarget } from '../activity-context';
import { POST_IT_KIND, sharedPostIts, type PostIt } from '../board/board';
import { markPhase } from '../reveal-phase';
import { candidatesOf, type Candidate } from './candidates';
import type { Ballot, Idea, RankedIdea, VoteRules } from './dot-vote';
import { BALLOT_KIND, defaultRules, parseBallot, spentDots, tally } from './dot-vote';
import { settleBallot, type MovedDots, type ReturnedDots } from './returned-dots';
import { sourcePhases } from '../rank/topic-sources';

/**
 * A vote as one member sees it: closed while the facilitator condenses, then open on the clusters and the ideas left
 * on their own. `mine` is the member's ballot on today's candidates; `returned` and `moved` say what happened to dots
 * placed on a candidate that is gone since. Results are there only once the facilitator revealed them.
 */
export interface VoteState extends ActivityContext {
  ideas: Candidate[];
  rules: VoteRules;
  mine?: Ballot;
  returned?: ReturnedDots[];
  moved?: MovedDots[];
  voters: number;
  opened: boolean;
  revealed: boolean;
  results?: RankedIdea[];
}

const isVote = (phase: { activity: string }) => phase.activity === 'dot-vote';

/**
 * Casts (or moves) a member's dots; taking away all of them withdraws the ballot. After the reveal the
 * vote is closed. The hot path of a vote: it reads the ideas once, the member's own ballot, and a count.
 */
export function castBallot(deps: Deps, target: ActivityInput): Promise<Result<VoteState>> {
  return changeInPhase(deps, target, isVote, async (context) => {
    const settings = phaseSettings(context.session.value, target.phaseIndex);
    if (settings.revealedAt) return fail('errors.vote.closed');
    if (!settings.voteOpenedAt) return fail('errors.vote.notOpen');
    const id = ballotId(target.phaseIndex, target.actor.userId);
    // Read together: on Azure Table storage each read is a round trip of its own.
    const [ideas, existing, voters] = await Promise.all([
      candidatesFor(deps, context.session.value, target.phaseIndex),
      deps.store.contributions.get<Ballot>(target.sessionId, BALLOT_KIND, id),
      deps.store.contributions.countWithPrefix(target.sessionId, BALLOT_KIND, `${target.phaseIndex}:`),
    ]);
    const ballot = parseBallot(target.raw, ideas, rulesOf(context.session.value, target.phaseIndex, ideas.length));
    if (!ballot.ok) return ballot;
    const placed = withPlacedOn(ballot.value, ideas);
    if (JSON.stringify(existing?.value.data) !== JSON.stringify(placed)) {
      const saved =
        spentDots(placed) === 0
          ? existing
            ? await deps.store.contributions.remove(target.sessionId, BALLOT_KIND, id, existing.version)
            : { ok: true as const }
          : await deps.store.contributions.save(
              ballotRecord(context, target, placed, deps.clock.now()),
              existing?.version ?? null,
            );
      if (!saved.ok) return 'conflict';
    }
    const mine = spentDots(placed) === 0 ? undefined : placed;
    // The count read with the ballot, with this member's change in it: others voting meanwhile show next time.
    const counted = voters + (mine ? 1 : 0) - (existing ? 1 : 0);
    return ok(await voteState(deps, context, target.actor.userId, { ideas, mine, voters: counted }));
  });
}

/** Shows the results to everyone and closes the vote. Facilitators only. */
export const revealVotes = (deps: Deps, target: ActivityTarget): Promise<Result<VoteState>> =>
  markVote(deps, target, ({ revealedAt }) =>
    Promise.resolve(revealedAt ? {} : { revealedAt: deps.clock.now().toISOString() }),
  );

/**
 * Opens the vote on what the condensing produced: the facilitator is done grouping. The budget is fixed then, so
 * leaving out an idea later does not shrink it under the dots members already placed. Facilitators only.
 */
export const openVote = (deps: Deps, target: ActivityTarget): Promise<Result<VoteState>> =>
  markVote(deps, target, async (settings, session) => {
    if (settings.voteOpenedAt) return {};
    const rules = defaultRules(
      (await candidatesFor(deps, session, target.phaseIndex)).length,
      settings.dots,
      settings.capPerItem,
    );
    return { voteOpenedAt: deps.clock.now().toISOString(), dots: rules.dots, capPerItem: rules.capPerItem };
  });

/** Changes what a facilitator sets on the vote phase (`patch` answers what to change, nothing when already done). */
function markVote(
  deps: Deps,
  target: ActivityTarget,
  patch: (settings: PhaseSettings, session: Session) => Promise<PhaseSettings>,
): Promise<Result<VoteState>> {
  return retryOnConflict(async () => {
    const marked = await markPhase(deps, target, isVote, patch);
    if (marked === 'conflict' || !marked.ok) return marked;
    return ok(await voteState(deps, marked.value, target.actor.userId));
  });
}

/** What a caller that just read or wrote them already knows: the candidates, and the member's ballot. */
interface Known {
  ideas: Candidate[];
  /** Undefined when the member has no ballot (any more). */
  mine: Ballot | undefined;
  /** Who have a ballot in the phase, when counted already. */
  voters?: number;
}

/**
 * The vote of one phase as `userId` sees it; every ballot is read only once the results are revealed.
 * The end of the session closes the vote and shows its results, revealed or not.
 */
export async function voteState(
  deps: Deps,
  context: ActivityContext,
  userId: string,
  known?: Known,
): Promise<VoteState> {
  const session = context.session.value;
  const ideas = known?.ideas ?? (await candidatesFor(deps, session, context.phaseIndex));
  const settings = phaseSettings(session, context.phaseIndex);
  const revealed = Boolean(settings.revealedAt) || session.state.kind === 'ended';
  const rules = rulesOf(session, context.phaseIndex, ideas.length);
  const stored = known
    ? known.mine
    : (await deps.store.contributions.get<Ballot>(session.id, BALLOT_KIND, ballotId(context.phaseIndex, userId)))?.value
        .data;
  const mine = stored && settleBallot(stored, ideas, rules.capPerItem);
  const base = {
    ...context,
    ideas,
    rules,
    ...(mine ? { mine: { allocations: mine.allocations }, returned: mine.returned, moved: mine.moved } : {}),
    opened: Boolean(settings.voteOpenedAt) || revealed,
    revealed,
  };
  if (!revealed)
    return {
      ...base,
      voters:
        known?.voters ??
        (await deps.store.contributions.countWithPrefix(session.id, BALLOT_KIND, `${context.phaseIndex}:`)),
    };
  const ballots = (await deps.store.contributions.list<Ballot>(session.id, BALLOT_KIND)).filter(
    (b) => b.phaseIndex === context.phaseIndex,
  );
  return {
    ...base,
    voters: ballots.length,
    // Dots that went back to their owners are not counted.
    results: tally(
      ideas,
      ballots.map((b) => settleBallot(b.data, ideas, rules.capPerItem)),
    ),
  };
}

/** What is voted on: the clusters and the ideas on their own of the session's brainstorms before the vote. */
export const candidatesFor = async (deps: Deps, session: Session, votePhaseIndex: number): Promise<Candidate[]> =>
  candidatesOf(await postItsBefore(deps, session, votePhaseIndex));

/** What a ranking is on: the post-its of the session's brainstorms before it, clustered ones together. */
export async function ideasFor(deps: Deps, session: Session, votePhaseIndex: number): Promise<Idea[]> {
  // Post-its a facilitator dropped while condensing are not voted on.
  const ideas = (await postItsBefore(deps, session, votePhaseIndex))
    .filter((p) => !p.data.dropped)
    .map((p): Idea =>
      p.data.cluster ? { id: p.id, text: p.data.text, cluster: p.data.cluster } : { id: p.id, text: p.data.text },
    );
  // Clustered ideas together, cluster by cluster in the order they first appear; the rest after them.
  const order = [...new Set(ideas.flatMap((i) => (i.cluster ? [i.cluster] : [])))];
  const rank = (i: Idea) => (i.cluster ? order.indexOf(i.cluster) : order.length);
  return ideas
    .map((idea, at) => ({ idea, at }))
    .sort((a, b) => rank(a.idea) - rank(b.idea) || a.at - b.at)
    .map((x) => x.idea);
}

/**
 * The post-its of the brainstorms a vote (or rank) phase draws on, dropped ones included: what a facilitator condenses.
 * Those a facilitator took off the board are left out.
 */
export async function postItsBefore(
  deps: Deps,
  session: Session,
  votePhaseIndex: number,
): Promise<Contribution<PostIt>[]> {
  const brainstorms = sourcePhases(session.agenda, votePhaseIndex);
  const all = await deps.store.contributions.list<PostIt>(session.id, POST_IT_KIND);
  return sharedPostIts(all.filter((p) => brainstorms.has(p.phaseIndex)));
}

/** Who voted in a phase (for the shared card's refresh). */
export async function votersOf(deps: Deps, sessionId: string, phaseIndex: number): Promise<string[]> {
  const ballots = await deps.store.contributions.list<Ballot>(sessionId, BALLOT_KIND);
  return ballots.filter((b) => b.phaseIndex === phaseIndex).map((b) => b.authorId);
}

/** The dots and the cap of a vote phase, as its card states them. */
export const rulesOf = (session: Session, phaseIndex: number, ideaCount: number): VoteRules => {
  const settings = phaseSettings(session, phaseIndex);
  return defaultRules(ideaCount, settings.dots, settings.capPerItem);
};

/** The ballot with what each idea it gives dots to stands for now. */
function withPlacedOn(ballot: Ballot, ideas: readonly Candidate[]): Ballot {
  const placedOn = Object.fromEntries(
    ideas.filter((i) => ballot.allocations[i.id]).map((i) => [i.id, { text: i.text, postIts: i.postIts }]),
  );
  return spentDots(ballot) === 0 ? ballot : { ...ballot, placedOn };
}

const ballotId = (phaseIndex: number, userId: string) => `${phaseIndex}:${userId}`;

function ballotRecord(context: ActivityContext, target: ActivityTarget, data: Ballot, now: Date): Contribution<Ballot> {
  return {
    communityId: context.community.id,
    sessionId: target.sessionId,
    phaseIndex: target.phaseIndex,
    kind: BALLOT_KIND,
    id: ballotId(target.phaseIndex, target.actor.userId),
    authorId: target.actor.userId,
    data,
    createdAt: now.toISOString(),
  };
}
