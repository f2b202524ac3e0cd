import { AGREEMENT_TOPICS, POST_IT_KIND, sharedPostIts, type PostIt } from '../../../domain/activities/board/board';
import { closingSurveyOfPlanned } from '../../../domain/activities/closing-survey/closing-survey';
import type { Community } from '../../../domain/community/community';
import { reminderMoment } from '../../../domain/schedule/reminder-rules';
import { scheduleSettings } from '../../../domain/schedule/schedule-settings-use-cases';
import type { Deps } from '../../../domain/ports';
import { plannedSessions, schedulePrefix, type PlannedSession } from '../../../domain/schedule/planned-session';
import { nextAgenda } from '../../../domain/session/edit-agenda';
import { sessionsOf } from './history-view';

/** Members and roles, the agreements (afspraken) and the planned sessions of the coming half year. */
export async function communityView(deps: Deps, community: Community, now: Date) {
  const members = (await deps.store.members.list(community.id)).sort((a, b) => a.name.localeCompare(b.name));
  const planned = (await deps.store.documents.list(plannedSessions, schedulePrefix(community.id)))
    .map((d) => d.value)
    .filter((p) => p.end >= now.toISOString());
  const next = await nextAgenda(deps, community.id);
  return {
    name: community.name,
    members: members.map((m) => ({ userId: m.userId, name: m.name, role: m.role })),
    agreements: { written: community.agreements, board: await agreementPostIts(deps, community.id) },
    schedule: await Promise.all(
      planned.map(async (p) => ({
        start: p.start,
        end: p.end,
        localDate: p.localDate,
        localStart: p.localStart,
        localEnd: p.localEnd,
        timeZone: p.timeZone,
        format: p.format,
        place: p.place,
        onlineUrl: p.onlineUrl,
        topics: p.topics.map((t) => t.title),
        // An archived community sends nothing ahead any more.
        ...(p.closing && !community.archivedAt ? { questionnaire: await questionnaireOf(deps, p, now) } : {}),
      })),
    ),
    nextNumber: next.number,
  };
}

/** A closing session's impact questionnaire: when it goes out, or how many answered it ahead and until when. */
async function questionnaireOf(
  deps: Deps,
  planned: PlannedSession,
  now: Date,
): Promise<{ opensAt: string } | { due: true } | { answers: number; accepting: boolean; deadline: string }> {
  const state = await closingSurveyOfPlanned(deps, planned.communityId, planned.key);
  if (state) return { answers: state.answers, accepting: state.accepting, deadline: state.survey.deadline };
  const settings = await scheduleSettings(deps, planned.communityId);
  const opensAt = reminderMoment(planned, settings.surveyLeadDays * 1440);
  // Its moment has passed but the scheduler has not sent it yet (it was down, or is about to): no date in the past.
  return opensAt.getTime() > now.getTime() ? { opensAt: opensAt.toISOString() } : { due: true };
}

/** What the start session's agreements board holds, by topic (preparation, presence, …). */
async function agreementPostIts(deps: Deps, communityId: string): Promise<{ category: string; texts: string[] }[]> {
  const sessions = await sessionsOf(deps, communityId);
  const texts = new Map<string, string[]>(AGREEMENT_TOPICS.map((t) => [t, []]));
  for (const s of sessions) {
    const phases = new Set(s.agenda.flatMap((p, i) => (p.activity === 'agreements' ? [i] : [])));
    if (phases.size === 0) continue;
    for (const c of sharedPostIts(await deps.store.contributions.list<PostIt>(s.id, POST_IT_KIND))) {
      if (phases.has(c.phaseIndex) && c.data.category) texts.get(c.data.category)?.push(c.data.text);
    }
  }
  return [...texts].filter(([, list]) => list.length > 0).map(([category, list]) => ({ category, texts: list }));
}
