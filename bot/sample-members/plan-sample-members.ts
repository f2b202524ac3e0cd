import type { ChannelRef, Person } from '../../domain/community/community';
import { ideasFor } from '../../domain/activities/dot-vote/dot-vote-use-cases';
import { fail, ok, type Result } from '../../domain/errors';
import { communityAt } from '../../domain/meeting/meeting-link';
import type { Deps } from '../../domain/ports';
import type { ActivityKind } from '../../domain/session/formats';
import { phaseSettings, type Session } from '../../domain/session/session';
import type { Lang } from '../../i18n/t';
import { checkInCardKey, type PostedCard } from '../bot-services';
import { phaseCardKey } from '../shared-cards';
import { sampleClicks } from './sample-answers';
import { invokeActivity } from './sample-invoke';

export interface SampleMembersRequest {
  /** The channel (or group chat) whose running session the colleagues answer in. */
  place: ChannelRef;
  members: readonly Person[];
  /** The language they write in; the community's when absent. */
  lang?: Lang;
  /** The phase, counted from 1 as the agenda shows it; the current phase when absent. */
  phase?: number;
}

export interface SampleInvoke {
  member: Person;
  verb: string;
  /** The `adaptiveCard/action` invoke, as Teams would send it for this click. */
  activity: Record<string, unknown>;
}

export interface SamplePlan {
  sessionNumber: number;
  /** Counted from 1, like `phase` in the request. */
  phase: number;
  phaseKey: string;
  activity: ActivityKind;
  lang: Lang;
  /** The connector the bot posted the phase's card through: the Agents Playground's, locally. */
  serviceUrl?: string;
  /** Empty when the phase has no card for members (a talk phase without a board) or its card was not posted. */
  invokes: SampleInvoke[];
  /** Why the colleagues wait instead of answering: the dot-vote a facilitator has not opened yet. */
  waiting?: 'vote-closed';
}

/**
 * What the sample colleagues of local mode click in the running session's phase: the same `Action.Execute`
 * invokes, verbs and card data a member's click sends, so that the bot handles them like any member's.
 */
export async function planSampleMembers(deps: Deps, request: SampleMembersRequest): Promise<Result<SamplePlan>> {
  const community = await communityAt(deps, request.place);
  const session = community ? (await deps.store.sessions.latest(community.value.id))?.value : undefined;
  if (!community || session?.state.kind !== 'running') return fail('errors.session.noneRunning');
  const phaseIndex = request.phase === undefined ? session.state.phaseIndex : request.phase - 1;
  const phase = session.agenda[phaseIndex];
  if (!phase) return fail('errors.input.invalidChoice', { field: 'phase' });
  const lang = request.lang ?? community.value.language;
  const posted = await deps.store.keyValues.get<PostedCard>(cardKey(session, phaseIndex));
  const plan = { sessionNumber: session.number, phase: phaseIndex + 1, phaseKey: phase.key, activity: phase.activity };
  if (!posted) return ok({ ...plan, lang, invokes: [] });
  if (voteClosed(session, phaseIndex)) return ok({ ...plan, lang, invokes: [], waiting: 'vote-closed' });
  const now = deps.clock.now();
  const ideas = ['dot-vote', 'rank'].includes(phase.activity) ? await ideasFor(deps, session, phaseIndex) : [];
  const clicks = sampleClicks({ session, phaseIndex, phase, members: request.members, lang, now, ideas });
  const place = {
    posted,
    channel: community.value.channel,
    ref: { sessionId: session.id, phaseIndex },
    token: `sample-members:${session.id}:${phaseIndex}`,
  };
  const invokes = clicks.map((c) => ({
    member: c.member,
    verb: c.verb,
    activity: invokeActivity(place, c.member, c, lang, now, deps.ids.next()),
  }));
  return ok({
    ...plan,
    lang,
    ...(posted.reference.serviceUrl ? { serviceUrl: posted.reference.serviceUrl } : {}),
    invokes,
  });
}

/** A ballot on a dot-vote not yet opened is refused: the colleagues wait for the facilitator instead. */
const voteClosed = (session: Session, phaseIndex: number): boolean => {
  const settings = phaseSettings(session, phaseIndex);
  return session.agenda[phaseIndex]?.activity === 'dot-vote' && !settings.voteOpenedAt && !settings.revealedAt;
};

const cardKey = (session: Session, phaseIndex: number): string =>
  session.agenda[phaseIndex]?.activity === 'check-in'
    ? checkInCardKey(session.id)
    : phaseCardKey(session.id, phaseIndex);
