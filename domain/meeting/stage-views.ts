/** What the meeting's shared stage can show; without a pin it follows the current phase. */
export const STAGE_VIEWS = ['board', 'clusters', 'results', 'topics', 'driver'] as const;
export type StageView = (typeof STAGE_VIEWS)[number];
