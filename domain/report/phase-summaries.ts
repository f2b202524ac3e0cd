import type { ActivityContext } from '../activities/activity-context';
import { categoriesOf, type PostIt } from '../activities/board/board';
import { postItsOf } from '../activities/board/board-use-cases';
import { voteState } from '../activities/dot-vote/dot-vote-use-cases';
import { introductionsOf } from '../activities/introductions/introductions-use-cases';
import { communityTopics, rankState } from '../activities/rank/rank-use-cases';
import { surveyState } from '../activities/survey/survey-use-cases';
import type { Community } from '../community/community';
import type { Contribution, Deps, Stored } from '../ports';
import { phaseSettings, type Session } from '../session/session';
import { groupPostIts, keptPostIts } from './post-it-groups';
import type { BoardSummary, SurveySummary, TopicSummary, VoteSummary } from './report-model';

/** The report reads as nobody in particular: no member's own view (own ballot, own ranking) goes in. */
const NOBODY = '';
/** The check-out's "agenda item for next time" (board.ts CHECK_OUT_QUESTIONS). */
const NEXT_AGENDA = 'next-agenda';

/** The context the activities' state functions take, for a phase of the session. */
export function contextFor(
  session: Stored<Session>,
  community: Community,
  phaseIndex: number,
): ActivityContext | undefined {
  const phase = session.value.agenda[phaseIndex];
  return phase ? { session, community, phase, phaseIndex, role: 'member' } : undefined;
}

export async function boardSummary(
  deps: Deps,
  context: ActivityContext,
): Promise<{ board: BoardSummary; suggestions: string[] }> {
  const postIts: Contribution<PostIt>[] = keptPostIts(
    await postItsOf(deps, context.session.value.id, context.phaseIndex),
  );
  const prompt = phaseSettings(context.session.value, context.phaseIndex).prompt;
  const board: BoardSummary = {
    phaseIndex: context.phaseIndex,
    phaseKey: context.phase.key,
    activity: context.phase.activity,
    ...(prompt ? { prompt } : {}),
    total: postIts.length,
    groups: groupPostIts(postIts, categoriesOf(context.phase)),
  };
  const suggestions = postIts.filter((p) => p.data.category === NEXT_AGENDA).map((p) => p.data.text);
  return { board, suggestions };
}

/** A vote's results, only once they are revealed (or the session ended), as the vote itself rules. */
export async function voteSummary(deps: Deps, context: ActivityContext): Promise<VoteSummary> {
  const state = await voteState(deps, context, NOBODY);
  return {
    phaseIndex: context.phaseIndex,
    phaseKey: context.phase.key,
    voters: state.voters,
    ...(state.results ? { results: state.results } : {}),
  };
}

/** The topic list this session ranked (published, or the aggregate so far); without a ranking, the community's list. */
export async function topicSummary(
  deps: Deps,
  context: ActivityContext | undefined,
  communityId: string,
): Promise<TopicSummary | undefined> {
  if (context) {
    const state = await rankState(deps, context, NOBODY);
    const summary = state.published
      ? { topics: state.published.topics, rankers: state.published.rankers, published: true }
      : { topics: state.aggregate, rankers: state.rankers, published: false };
    return summary.topics.length > 0 && summary.rankers > 0 ? summary : undefined;
  }
  const list = await communityTopics(deps, communityId);
  return list && list.topics.length > 0 ? { topics: list.topics, rankers: list.rankers, published: true } : undefined;
}

/** The survey's aggregates, as the survey rules allow them to be shown (nothing below the threshold). */
export async function surveySummary(deps: Deps, context: ActivityContext): Promise<SurveySummary> {
  const state = await surveyState(deps, context, NOBODY);
  const openAnswers = Object.values(state.open ?? {}).reduce((n, list) => n + list.length, 0);
  return { answers: state.answers, ...(state.results ? { results: state.results } : {}), openAnswers };
}

export async function introductionSummary(
  deps: Deps,
  context: ActivityContext,
): Promise<{ name: string; programme: string }[]> {
  const intros = await introductionsOf(deps, context.session.value.id, context.phaseIndex);
  return intros.map((c) => ({ name: c.data.name, programme: c.data.programme }));
}
