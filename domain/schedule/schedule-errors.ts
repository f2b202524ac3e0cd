import { retryOnConflictOr } from '../concurrency';
import type { ErrorCode } from '../errors';

/**
 * Expected failures of planning. As with `ErrorCode`, the code is the i18n key of the message
 * (`i18n/<lang>/schedule.json`); each message says the expected form with an example.
 */
export type ScheduleErrorCode =
  | 'schedule.errors.empty'
  | 'schedule.errors.when'
  | 'schedule.errors.invalidDate'
  | 'schedule.errors.weekdayMismatch'
  | 'schedule.errors.time'
  | 'schedule.errors.endBeforeStart'
  | 'schedule.errors.past'
  | 'schedule.errors.tooMany'
  | 'schedule.errors.tooLong'
  | 'schedule.errors.url'
  | 'schedule.errors.unknownTopic'
  | 'schedule.errors.noTopics'
  | 'schedule.errors.clash'
  | 'schedule.errors.offsets'
  | 'schedule.errors.timeZone'
  | 'schedule.errors.questionnaire'
  | 'schedule.errors.notFound';

export interface ScheduleError {
  code: ScheduleErrorCode | ErrorCode;
  params?: Record<string, string | number>;
}

export type ScheduleResult<T> = { ok: true; value: T } | { ok: false; error: ScheduleError };

export const scheduleOk = <T>(value: T): ScheduleResult<T> => ({ ok: true, value });

export const scheduleFail = <T = never>(
  code: ScheduleError['code'],
  params?: ScheduleError['params'],
): ScheduleResult<T> => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/** `retryOnConflict` (domain/concurrency.ts) for results that may carry a schedule error. */
export function retryScheduleOnConflict<T>(
  attempt: () => Promise<ScheduleResult<T> | 'conflict'>,
): Promise<ScheduleResult<T>> {
  return retryOnConflictOr(attempt, () => scheduleFail<T>('errors.store.busy'));
}
