import { z } from 'zod';
import { DRIVER_STEPS_MAX, DRIVER_STEP_MAX, DRIVER_TEXT_MAX } from '../../domain/driver/edit-driver';
import { PHASES_MAX, PHASE_MINUTES_MAX } from '../../domain/session/edit-agenda';
import { CLUSTER_NAME_MAX } from '../../domain/activities/board/clusters';
import { POST_IT_MAX } from '../../domain/activities/board/board';
import { CHECK_IN_LIMITS } from '../../domain/activities/check-in/check-in';
import { STAGE_VIEWS } from '../../domain/meeting/stage-views';

// Twice the domain's limits: the domain counts characters exactly and names the length in its message.
const text = (max: number) => z.string().max(max * 2);

export const driverBody = z.object({
  baseRevision: z.number().int().min(0),
  driver: z.object({
    endGoal: text(DRIVER_TEXT_MAX),
    whyItMatters: text(DRIVER_TEXT_MAX),
    whatGoesWell: text(DRIVER_TEXT_MAX),
    howWeWillKnow: text(DRIVER_TEXT_MAX),
    steps: z
      .array(
        z.object({
          text: text(DRIVER_STEP_MAX),
          topicId: z.string().max(100).optional(),
          sessionId: z.string().max(100).optional(),
        }),
      )
      .max(DRIVER_STEPS_MAX * 2),
  }),
});

export const topicOrderBody = z.object({ order: z.array(z.string().min(1).max(100)).min(1).max(200) });
export const topicPlanBody = z.object({ sessionNumber: z.number().int().min(1).max(999).nullable() });
export const agendaDraftBody = z.object({
  format: z.string().min(1).max(40),
  phases: z
    .array(z.object({ key: z.string().min(1).max(40), minutes: z.number().int().min(1).max(PHASE_MINUTES_MAX) }))
    .min(1)
    .max(PHASES_MAX),
});
export const stepBody = z.object({ step: z.union([z.literal(1), z.literal(-1)]) });
export const revealBody = z.object({ phaseIndex: z.number().int().min(0).max(50) });
export const postItMarkBody = z
  .object({
    cluster: z.string().max(CLUSTER_NAME_MAX).nullable().optional(),
    dropped: z.boolean().optional(),
    hidden: z.boolean().optional(),
  })
  .refine((b) => b.cluster !== undefined || b.dropped !== undefined || b.hidden !== undefined, {
    message: 'cluster, dropped or hidden',
  });
export const meetingLinkBody = z.object({
  chatId: z.string().min(1).max(300),
  communityId: z.string().min(1).max(100),
});

export const actionChangeBody = z
  .object({ status: z.enum(['open', 'done']).optional(), due: z.string().max(40).optional() })
  .refine((b) => (b.status === undefined) !== (b.due === undefined), { message: 'status or due' });
export const placeQuery = z.object({ teamId: z.string().max(300).optional(), channelId: z.string().min(1).max(300) });

/** A schema failure as the tab shows it: which field, and a message key with its values. */
export function issueOf(error: z.ZodError): {
  code: 'errors.input.tooLong' | 'tab.errors.invalid';
  params: Record<string, string | number>;
} {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') || 'body';
  if (issue?.code === 'too_big' && issue.origin === 'string')
    return { code: 'errors.input.tooLong', params: { field, length: '>', max: Number(issue.maximum) } };
  return { code: 'tab.errors.invalid', params: { field } };
}

// The meeting's side panel and stage.
export const phaseBody = revealBody;
export const pinBody = z.object({ view: z.enum(STAGE_VIEWS).nullable() });
export const checkInBody = z.object({
  mood: z.string().max(40).optional(),
  colour: z.string().max(40).optional(),
  word: text(CHECK_IN_LIMITS.word).optional(),
  answer: text(CHECK_IN_LIMITS.answer).optional(),
  sinceLastTime: text(CHECK_IN_LIMITS.sinceLastTime).optional(),
  obstacles: text(CHECK_IN_LIMITS.obstacles).optional(),
});
export const postItBody = z.object({
  phaseIndex: z.number().int().min(0).max(50),
  text: text(POST_IT_MAX),
  category: z.string().max(40).optional(),
  token: z.string().min(1).max(100),
});
export const ballotBody = z.object({
  phaseIndex: z.number().int().min(0).max(50),
  dots: z.record(z.string().max(100), z.number().int().min(0).max(100)),
});
export const ratingBody = z.object({ phaseIndex: z.number().int().min(0).max(50), score: z.number().int() });
/** A facilitator names a member observer, or makes an observer a member again. */
export const roleBody = z.object({ role: z.enum(['observer', 'member']) });
