import {
  actionStatusAction,
  addActionAction,
  editActionAction,
  refreshActionsAction,
  startEditAction,
} from './activities/actions-handlers';
import {
  addPostItAction,
  editPostItAction,
  refreshBoardAction,
  withdrawPostItAction,
} from './activities/board-handlers';
import { hidePostItAction, revealBoardAction } from './activities/board-wall-handlers';
import { rateDriverAction } from './activities/driver-handlers';
import { introduceAction, refreshIntroductionsAction } from './activities/introductions-handlers';
import { INTRODUCTION_VERBS } from './cards/introductions-card';
import { publishTopicsAction, refreshRankAction, submitRankingAction } from './activities/rank-handlers';
import { closeSurveyAction, refreshSurveyAction, submitSurveyAction } from './activities/survey-handlers';
import { refreshClosingSurveyAction, submitClosingSurveyAction } from './activities/closing-survey-handlers';
import { CLOSING_SURVEY_VERBS } from './cards/closing-survey-card';
import { castBallotAction, openVoteAction, refreshVoteAction, revealVotesAction } from './activities/vote-handlers';
import type { CardActionHandler } from './card-action-handler';
import { ACTIONS_VERBS } from './cards/actions-card';
import { MY_ACTIONS_VERBS } from './cards/my-actions-card';
import { myActionStatusAction } from './commands/my-actions-command';
import { BOARD_VERBS } from './cards/board-card';
import { WALL_VERBS } from './cards/board-wall';
import { CHECK_IN_VERBS } from './cards/check-in-card';
import { DRIVER_VERBS } from './cards/driver-rating-card';
import { RANK_VERBS } from './cards/rank-card';
import { SURVEY_VERBS } from './cards/survey-card';
import { VOTE_VERBS } from './cards/vote-card';
import { checkInActionDoneAction, refreshCheckInAction, submitCheckInAction } from './check-in-actions';
import { DATA_VERBS } from './cards/data-cards';
import {
  archiveCancelAction,
  archiveConfirmAction,
  forgetCancelAction,
  forgetConfirmAction,
} from './commands/data-commands';

/** Which handler answers each `Action.Execute` verb of the activity cards. */
export const CARD_ACTION_ROUTES: Record<string, CardActionHandler> = {
  [CHECK_IN_VERBS.submit]: submitCheckInAction,
  [CHECK_IN_VERBS.refresh]: refreshCheckInAction,
  [CHECK_IN_VERBS.actionDone]: checkInActionDoneAction,
  [BOARD_VERBS.add]: addPostItAction,
  [BOARD_VERBS.edit]: editPostItAction,
  [BOARD_VERBS.withdraw]: withdrawPostItAction,
  [BOARD_VERBS.refresh]: refreshBoardAction,
  [WALL_VERBS.reveal]: revealBoardAction,
  [WALL_VERBS.hide]: hidePostItAction,
  [VOTE_VERBS.cast]: castBallotAction,
  [VOTE_VERBS.reveal]: revealVotesAction,
  [VOTE_VERBS.open]: openVoteAction,
  [VOTE_VERBS.refresh]: refreshVoteAction,
  [RANK_VERBS.submit]: submitRankingAction,
  [RANK_VERBS.publish]: publishTopicsAction,
  [RANK_VERBS.refresh]: refreshRankAction,
  [ACTIONS_VERBS.add]: addActionAction,
  [ACTIONS_VERBS.done]: actionStatusAction('done'),
  [ACTIONS_VERBS.reopen]: actionStatusAction('open'),
  [ACTIONS_VERBS.startEdit]: startEditAction,
  [ACTIONS_VERBS.edit]: editActionAction,
  [ACTIONS_VERBS.refresh]: refreshActionsAction,
  [MY_ACTIONS_VERBS.done]: (s, t, d) => myActionStatusAction(s, t, d, 'done'),
  [MY_ACTIONS_VERBS.reopen]: (s, t, d) => myActionStatusAction(s, t, d, 'open'),
  [SURVEY_VERBS.submit]: submitSurveyAction,
  [SURVEY_VERBS.refresh]: refreshSurveyAction,
  [SURVEY_VERBS.close]: closeSurveyAction,
  [CLOSING_SURVEY_VERBS.submit]: submitClosingSurveyAction,
  [CLOSING_SURVEY_VERBS.refresh]: refreshClosingSurveyAction,
  [DRIVER_VERBS.rate]: rateDriverAction,
  [INTRODUCTION_VERBS.submit]: introduceAction,
  [INTRODUCTION_VERBS.refresh]: refreshIntroductionsAction,
  [DATA_VERBS.forgetConfirm]: forgetConfirmAction,
  [DATA_VERBS.forgetCancel]: forgetCancelAction,
  [DATA_VERBS.archiveConfirm]: archiveConfirmAction,
  [DATA_VERBS.archiveCancel]: archiveCancelAction,
};
