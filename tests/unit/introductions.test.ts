import { INTRODUCTION_LIMITS, parseIntroduction } from '../../domain/activities/introductions/introductions';

describe('an introduction', () => {
  it('takes programme, courses and the answer to the creative question, trimmed', () => {
    expect(
      parseIntroduction({ programme: ' Verpleegkunde ', courses: 'Anatomie', answer: 'Stoofvlees' }, 'Pieter'),
    ).toEqual({
      ok: true,
      value: { name: 'Pieter', programme: 'Verpleegkunde', courses: 'Anatomie', answer: 'Stoofvlees' },
    });
  });

  it.each(Object.entries(INTRODUCTION_LIMITS))('refuses a %s over %i characters', (field, max) => {
    expect(parseIntroduction({ [field]: 'x'.repeat(max + 1) }, 'P')).toMatchObject({
      ok: false,
      error: { code: 'errors.input.tooLong', params: { field, max } },
    });
  });

  it('needs at least one answer', () => {
    expect(parseIntroduction({ programme: '  ' }, 'P')).toMatchObject({
      ok: false,
      error: { code: 'errors.input.required' },
    });
  });
});
