import { CHECK_IN_LIMITS, moodSummary, parseCheckIn, type CheckIn } from '../../domain/activities/check-in';
import { CHECK_IN_QUESTIONS, questionOfTheDay } from '../../domain/activities/check-in-questions';

describe('a check-in submission', () => {
  it('needs a mood from the scale and trims the texts', () => {
    expect(parseCheckIn({ mood: 'sunny', answer: '  stoofvlees ' })).toEqual({
      ok: true,
      value: { mood: 'sunny', answer: 'stoofvlees', sinceLastTime: '', obstacles: '' },
    });
  });

  it.each([
    [{}, 'errors.input.required'],
    [{ mood: '' }, 'errors.input.required'],
    [{ mood: 42 }, 'errors.input.required'],
    [{ mood: 'hurricane' }, 'errors.input.invalidChoice'],
  ])('%o is refused with %s', (raw, code) => {
    const result = parseCheckIn(raw);
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });

  it.each(Object.entries(CHECK_IN_LIMITS))('refuses a %s over %i characters and says how long it was', (field, max) => {
    const tooLong = 'a'.repeat(max + 1);
    const result = parseCheckIn({ mood: 'rainy', [field]: tooLong });
    expect(result).toEqual({ ok: false, error: { code: 'errors.input.tooLong', params: { field, length: max + 1, max } } });
    expect(parseCheckIn({ mood: 'rainy', [field]: 'a'.repeat(max) }).ok).toBe(true);
  });

  it('counts an emoji as one character, as the member sees it', () => {
    expect(parseCheckIn({ mood: 'sunny', answer: '☀️'.repeat(200) }).ok).toBe(true);
    expect(parseCheckIn({ mood: 'sunny', answer: '🌧'.repeat(CHECK_IN_LIMITS.answer) }).ok).toBe(true);
  });
});

describe('the mood of the room', () => {
  it('counts moods in scale order without names', () => {
    const c = (mood: CheckIn['mood']) => ({ mood }) as CheckIn;
    expect(moodSummary([c('sunny'), c('rainy'), c('sunny')])).toEqual({ stormy: 0, rainy: 1, cloudy: 0, 'partly-sunny': 0, sunny: 2 });
  });
});

describe('the question of the day', () => {
  it('asks every question of the bank once before repeating', () => {
    const asked = CHECK_IN_QUESTIONS.map((_, i) => questionOfTheDay(i));
    expect(new Set(asked).size).toBe(CHECK_IN_QUESTIONS.length);
    expect(questionOfTheDay(CHECK_IN_QUESTIONS.length)).toBe(asked[0]);
    expect(questionOfTheDay(-1)).toBe(asked.at(-1));
  });
});
