import { communityTopics } from '../../domain/activities/rank/rank-use-cases';
import { listSchedule } from '../../domain/schedule/schedule-queries';
import type { Session } from '../../domain/session/session';
import type { Lang } from '../../i18n/t';
import type { BotServices } from '../bot-services';
import type { PreviewView } from '../cards/preview-section';
import { longDate } from '../schedule/schedule-words';

/** The start session's look ahead (handbook §2.2 step 7) is the phase keyed `preview`. */
export const PREVIEW_KEY = 'preview';

/** What the look ahead shows: the sessions planned after this one and the top of the topic list. */
export async function previewOf(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  lang: Lang,
): Promise<{ preview?: PreviewView }> {
  if (session.agenda[phaseIndex]?.key !== PREVIEW_KEY) return {};
  const [planned, topics] = await Promise.all([
    listSchedule(services.deps, session.communityId),
    communityTopics(services.deps, session.communityId),
  ]);
  return {
    preview: {
      sessions: planned
        .filter((p) => p.number > session.number)
        .map((p) => ({
          number: p.number,
          date: longDate(p.localDate, lang),
          start: p.localStart,
          end: p.localEnd,
          topics: p.topics.map((topic) => topic.title),
        })),
      topics: (topics?.topics ?? []).map((topic) => topic.text),
    },
  };
}
