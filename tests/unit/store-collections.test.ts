import {
  CLOSING_SURVEYS,
  closingSurveys,
  closingSurveyState,
  type ClosingSurvey,
} from '../../domain/activities/closing-survey/closing-survey';
import { collection } from '../../domain/collection';
import type { Community } from '../../domain/community/community';
import type { Deps } from '../../domain/ports';
import { communityScheduleSettings, SETTINGS_COLLECTION } from '../../domain/schedule/schedule-settings';
import { scheduleSettings, setReminderSettings } from '../../domain/schedule/schedule-settings-use-cases';
import { eachFresh, freshDeps, griet, pieter, type FakeClock } from './schedule/schedule-fixtures';
import { answerAhead, sentAhead } from './survey-fixtures';

/** What a version before the questionnaire named its pool wrote (commit e487e50): no `poolId`. */
const questionnaireWithoutPool = (): Omit<ClosingSurvey, 'poolId'> => ({
  communityId: 'community-1',
  plannedKey: 'key-1',
  anonymous: true,
  openedAt: '2026-12-08T14:00:00.000Z',
  number: 1,
  localDate: '2026-12-15',
  localStart: '15:00',
  timeZone: 'Europe/Brussels',
  deadline: '2026-12-15T14:00:00.000Z',
});

/** What a version before the questionnaire's lead time and anonymity could be set wrote (before ddc5bac). */
const settingsBeforeQuestionnaireChoice = {
  timeZone: 'Europe/Amsterdam',
  remindersOn: false,
  offsetsMinutes: [1440],
  actionRemindersOn: false,
};

describe('the closing questionnaires collection', () => {
  it('reads a questionnaire stored before it named its pool with the pool its answers were kept in', () => {
    expect(closingSurveys.read(questionnaireWithoutPool())).toEqual({
      ...questionnaireWithoutPool(),
      poolId: 'closing-survey:key-1',
    });
  });

  it('keeps the pool a questionnaire names, also one a later closing session took over', () => {
    const takenOver: ClosingSurvey = {
      ...questionnaireWithoutPool(),
      plannedKey: 'key-2',
      poolId: 'closing-survey:key-1',
    };
    expect(closingSurveys.read(takenOver)).toEqual(takenOver);
  });
});

describe('a closing questionnaire an older version stored', () => {
  let deps: Deps;
  let clock: FakeClock;
  let community: Community;
  eachFresh('2026-11-22T14:00:00Z', (fixture) => ({ deps, clock, community } = fixture));

  /** Sends the questionnaire ahead today, then stores it back the way the older version had it: without its pool. */
  async function sentAheadByOlderVersion(): Promise<string> {
    const id = await sentAhead({ deps, clock, community });
    const raw = collection<Record<string, unknown>>(CLOSING_SURVEYS);
    const stored = await deps.store.documents.get(raw, id);
    const { poolId, ...old } = stored!.value;
    expect(poolId).toBe(`closing-survey:${String(old.plannedKey)}`);
    expect((await deps.store.documents.save(raw, id, old, stored!.version)).ok).toBe(true);
    return id;
  }

  it('still counts the answers given before, and refuses a second answer from whoever gave one', async () => {
    const id = await sentAheadByOlderVersion();
    const answer = (raw: Record<string, unknown>) => answerAhead(deps, id, pieter, raw);
    expect(await answer({ likert_driver: '4' })).toMatchObject({ ok: true, value: { answered: true, answers: 1 } });
    expect(await answer({ likert_driver: '2' })).toMatchObject({
      ok: false,
      error: { code: 'errors.survey.alreadyAnswered' },
    });
    expect(await closingSurveyState(deps, id, griet.userId)).toMatchObject({
      ok: true,
      value: { answered: false, answers: 1, accepting: true },
    });
  });
});

describe('the schedule settings collection', () => {
  it('gives a setting that did not exist when the record was stored its default, and keeps what was stored', () => {
    expect(communityScheduleSettings.read(settingsBeforeQuestionnaireChoice)).toEqual({
      ...settingsBeforeQuestionnaireChoice,
      surveyLeadDays: 7,
      surveyAnonymous: true,
    });
  });

  it('lets a facilitator change one setting of an old record without losing the others', async () => {
    const { deps } = await freshDeps('2026-11-22T14:00:00Z');
    const raw = collection(SETTINGS_COLLECTION);
    await deps.store.documents.save(raw, 'community-1', settingsBeforeQuestionnaireChoice, null);
    expect(await scheduleSettings(deps, 'community-1')).toMatchObject({ remindersOn: false, surveyLeadDays: 7 });
    const changed = await setReminderSettings(deps, {
      communityId: 'community-1',
      actorId: griet.userId,
      change: { surveyLeadDays: 3 },
    });
    expect(changed).toMatchObject({
      ok: true,
      value: { remindersOn: false, offsetsMinutes: [1440], surveyLeadDays: 3 },
    });
    expect((await deps.store.documents.get(raw, 'community-1'))?.value).toEqual({
      ...settingsBeforeQuestionnaireChoice,
      surveyLeadDays: 3,
      surveyAnonymous: true,
    });
    await deps.store.close();
  });
});
