/**
 * Every expected outcome that is not a success. The code doubles as the i18n key of the message shown to users:
 * tests/unit/error-codes.test.ts and i18n/error-code-keys.ts check that each has a message in both languages.
 */
export const ERROR_CODES = [
  'errors.session.alreadyRunning',
  'errors.session.noneRunning',
  'errors.session.lastPhase',
  'errors.session.firstPhase',
  'errors.session.unknown',
  'errors.session.notInPersonalChat',
  'errors.session.unknownFormat',
  'errors.session.noSuchPhase',
  'errors.session.movedOn',
  'errors.activity.sessionEnded',
  'errors.activity.notYours',
  'errors.activity.gone',
  'errors.action.notYours',
  'errors.action.gone',
  'errors.survey.alreadyAnswered',
  'errors.survey.closed',
  'errors.survey.paused',
  'errors.survey.modeSentAhead',
  'errors.survey.modeChanged',
  'errors.survey.unknown',
  'errors.survey.resultsShown',
  'errors.vote.closed',
  'errors.vote.overBudget',
  'errors.vote.overCap',
  'errors.vote.noIdeas',
  'errors.rank.nobodyRanked',
  'errors.vote.notOpen',
  'errors.vote.ideasChanged',
  'errors.input.invalidDate',
  'errors.input.voteRules',
  'errors.role.facilitatorOnly',
  'errors.meeting.linkedElsewhere',
  'errors.meeting.unknownCommunity',
  'errors.role.mentionSomeone',
  'errors.role.observerCannotContribute',
  'errors.role.mentionObserver',
  'errors.role.mentionMember',
  'errors.role.facilitatorStays',
  'community.errors.nameRequired',
  'community.errors.nameTooLong',
  'community.errors.language',
  'community.errors.noCommunity',
  'errors.input.dateInPast',
  'errors.input.tooLong',
  'errors.input.required',
  'errors.input.invalidChoice',
  'errors.input.oneWord',
  'errors.input.checkInVariant',
  'errors.input.surveyMode',
  'errors.survey.modeLocked',
  'data.archive.refused',
  'data.archive.sessionRunning',
  'data.noCommunity',
  'errors.store.busy',
  // Planning (`i18n/<lang>/schedule.json`): each message says the expected form with an example.
  'schedule.errors.empty',
  'schedule.errors.when',
  'schedule.errors.invalidDate',
  'schedule.errors.weekdayMismatch',
  'schedule.errors.time',
  'schedule.errors.endBeforeStart',
  'schedule.errors.past',
  'schedule.errors.tooMany',
  'schedule.errors.tooLong',
  'schedule.errors.url',
  'schedule.errors.unknownTopic',
  'schedule.errors.noTopics',
  'schedule.errors.clash',
  'schedule.errors.offsets',
  'schedule.errors.timeZone',
  'schedule.errors.questionnaire',
  'schedule.errors.notFound',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure, with the values its message needs. */
export interface DomainError {
  code: ErrorCode;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, params?: DomainError['params']): Result<T> => ({
  ok: false,
  error: params ? { code, params } : { code },
});
