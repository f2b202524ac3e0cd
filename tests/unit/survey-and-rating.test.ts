import {
  ANONYMITY_THRESHOLD,
  addToTally,
  emptyTally,
  parseSurvey,
  surveyResults,
} from '../../domain/activities/survey/survey';
import { parseRating, ratingSummary } from '../../domain/driver/driver-rating';

describe('the impact survey', () => {
  it('reads Likert answers 1–5 and open answers, and needs at least one', () => {
    expect(
      parseSurvey({ likert_driver: '4', 'likert_own-practice': 5, 'open_most-valuable': ' De casussen ' }),
    ).toEqual({
      ok: true,
      value: { likert: { driver: 4, 'own-practice': 5 }, open: { 'most-valuable': 'De casussen' } },
    });
    expect(parseSurvey({})).toMatchObject({ ok: false, error: { code: 'errors.input.required' } });
    expect(parseSurvey({ likert_driver: '6' })).toMatchObject({
      ok: false,
      error: { code: 'errors.input.invalidChoice' },
    });
    expect(parseSurvey({ 'open_added-value': 'x'.repeat(1001) })).toMatchObject({
      ok: false,
      error: { code: 'errors.input.tooLong' },
    });
  });

  it('shows no aggregate before three answers, then averages per question', () => {
    let tally = emptyTally();
    const scores = [5, 4, 3];
    tally = addToTally(tally, { likert: { driver: 5 }, open: {} }, () => 0);
    tally = addToTally(tally, { likert: { driver: 4, interaction: 2 }, open: {} }, () => 0);
    expect(surveyResults(tally)).toBeUndefined();
    tally = addToTally(tally, { likert: { driver: 3 }, open: {} }, () => 0);
    expect(ANONYMITY_THRESHOLD).toBe(scores.length);
    expect(surveyResults(tally)).toEqual([
      { question: 'interaction', answers: 1, average: 2 },
      { question: 'driver', answers: 3, average: 4 },
    ]);
  });

  it('keeps open answers at positions that say nothing about who answered when', () => {
    let tally = emptyTally();
    const picks = [0.99, 0, 0.5];
    ['eerste', 'tweede', 'derde'].forEach((text, i) => {
      tally = addToTally(tally, { likert: {}, open: { 'most-valuable': text } }, () => picks[i] ?? 0);
    });
    expect(tally.open['most-valuable']).toEqual(['tweede', 'derde', 'eerste']);
    expect(tally).not.toHaveProperty('authors');
  });
});

describe('the driver rating', () => {
  it.each([
    ['3', { ok: true, value: 3 }],
    [5, { ok: true, value: 5 }],
    ['', { ok: false, error: { code: 'errors.input.required', params: { field: 'rating' } } }],
    ['7', { ok: false, error: { code: 'errors.input.invalidChoice', params: { field: 'rating' } } }],
  ])('%j is %o', (raw, expected) => {
    expect(parseRating(raw)).toEqual(expected);
  });

  it('shows the average only from three ratings on', () => {
    expect(ratingSummary([5, 1])).toEqual({ count: 2 });
    expect(ratingSummary([5, 1, 4])).toEqual({ count: 3, average: 3.3 });
  });
});
