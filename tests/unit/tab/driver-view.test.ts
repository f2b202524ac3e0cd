/** @jest-environment jsdom */
import { createElement as h } from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { DriverView } from '../../../tabs/src/views/driver/DriverView';
import { translator } from '../../../tabs/src/i18n';
import type { DriverData } from '../../../tabs/src/views/driver/use-driver';
import { fakeApi } from './fake-api';

const driver = (endGoal: string) => ({
  endGoal,
  whyItMatters: 'Students ask for it',
  whatGoesWell: '',
  howWeWillKnow: '',
  steps: [{ text: 'Pilot in two courses' }],
});
const data: DriverData = {
  driver: driver('Weekly feedback'),
  revision: 2,
  changedBy: {
    endGoal: { byName: 'Pieter Claes', at: '2026-11-20T10:00:00Z' },
    whyItMatters: { byName: 'Griet Van Damme', at: '2026-11-19T10:00:00Z' },
  },
  history: [
    { revision: 2, byName: 'Pieter Claes', at: '2026-11-20T10:00:00Z', driver: driver('Weekly feedback') },
    { revision: 1, byName: 'Griet Van Damme', at: '2026-11-19T10:00:00Z', driver: driver('Feedback') },
  ],
  trend: [
    { number: 1, count: 2 },
    { number: 2, count: 4, average: 3.5 },
  ],
  contributions: undefined,
};
const topics = { topics: [{ id: 't1', text: 'Formative feedback', points: 4, rank: 1 }], nextNumber: 3 };

const conflict = {
  status: 409,
  body: {
    error: {
      code: 'tab.errors.staleDriver',
      message: 'Someone saved the driver while you were editing.',
      current: { revision: 3, driver: driver('Their goal') },
    },
  },
};

function show(
  role: 'facilitator' | 'member' | 'observer',
  put: (body: unknown) => { status?: number; body: unknown },
  lang: 'en' | 'nl' = 'en',
  shown: DriverData = data,
) {
  const fake = fakeApi((call) => {
    if (call.path.endsWith('/driver') && call.method === 'GET') return { body: shown };
    if (call.path.endsWith('/topics')) return { body: topics };
    if (call.method === 'PUT') return put(call.body);
    return undefined;
  });
  render(
    h(
      FluentProvider,
      { theme: teamsLightTheme },
      h(DriverView, { api: fake.api, communityId: 'c1', role, t: translator(lang), lang, version: 0 }),
    ),
  );
  return fake;
}

describe('the driver canvas', () => {
  it('shows the canvas, who changed it last, the earlier versions and the rating trend', async () => {
    show('member', () => ({ body: {} }));
    expect(await screen.findByDisplayValue('Weekly feedback')).toBeTruthy();
    expect(screen.getByDisplayValue('Pilot in two courses')).toBeTruthy();
    expect(screen.getByText(/Last changed by Pieter Claes/)).toBeTruthy();
    expect(screen.getByText('Earlier versions (2)')).toBeTruthy();
    expect(screen.getByText(/^Changed by Griet Van Damme/)).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Session 1: 2 ratings (shown from 3); Session 2: 3.5' })).toBeTruthy();
  });

  it("saves a member's edit on top of the version they started from", async () => {
    const { calls } = show('member', () => ({ body: { revision: 3 } }));
    fireEvent.change(await screen.findByRole('textbox', { name: /End goal/ }), {
      target: { value: 'Weekly feedback in every course' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save driver' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      baseRevision: 2,
      driver: { ...driver('Weekly feedback in every course') },
    });
  });

  it('keeps what the member typed when someone saved first, and shows the newest version next to it', async () => {
    show('member', () => conflict);
    const goal = await screen.findByRole('textbox', { name: /End goal/ });
    fireEvent.change(goal, { target: { value: 'My own goal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save driver' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Someone saved the driver');
    expect(screen.getByText('The newest saved version')).toBeTruthy();
    expect(screen.getByText('Their goal')).toBeTruthy();
    expect((goal as HTMLTextAreaElement).value).toBe('My own goal');
  });

  it('saves over the newest version only when the member keeps their text, and the conflict goes away', async () => {
    let puts = 0;
    const { calls } = show('member', () => (++puts === 1 ? conflict : { body: { revision: 4 } }));
    fireEvent.change(await screen.findByRole('textbox', { name: /End goal/ }), { target: { value: 'My own goal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save driver' }));
    expect(await screen.findByText('The newest saved version')).toBeTruthy();
    // No second plain Save that would silently overwrite the newer text: the member chooses.
    expect(screen.queryByRole('button', { name: 'Save driver' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my text' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'PUT')[1]?.body).toEqual({
      baseRevision: 3,
      driver: driver('My own goal'),
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('The newest saved version')).toBeNull();
  });

  it('takes the newer version when the member chooses it, and saves nothing', async () => {
    const { calls } = show('member', () => conflict);
    const goal = await screen.findByRole('textbox', { name: /End goal/ });
    fireEvent.change(goal, { target: { value: 'My own goal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save driver' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Take the newer version' }));
    expect((goal as HTMLTextAreaElement).value).toBe('Their goal');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('The newest saved version')).toBeNull();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    fireEvent.change(goal, { target: { value: 'Their goal, sharper' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save driver' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')[1]?.body).toMatchObject({ baseRevision: 3 }));
  });

  it('shows what the group contributed per question beside the canvas, to copy in with one click', async () => {
    const contributions = {
      sessionNumber: 1,
      parts: [
        { part: 'goal', items: [{ id: 'p1', text: 'Every student gets feedback weekly' }] },
        { part: 'going-well', items: [] },
        { part: 'steps', items: [{ id: 'p2', text: 'Try peer feedback in lab 1' }] },
      ],
    };
    const { calls } = show('facilitator', () => ({ body: { revision: 3 } }), 'en', { ...data, contributions });
    expect(await screen.findByText('What the group added in session 1')).toBeTruthy();
    expect(screen.getByText('Nothing added to this question.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add as a step: Try peer feedback in lab 1' }));
    expect(screen.getByDisplayValue('Try peer feedback in lab 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add as a step: Try peer feedback in lab 1' }).textContent).toBe(
      'On the canvas',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add to the end goal: Every student gets feedback weekly' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save driver' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({
        driver: {
          endGoal: 'Weekly feedback\nEvery student gets feedback weekly',
          steps: [{ text: 'Pilot in two courses' }, { text: 'Try peer feedback in lab 1' }],
        },
      }),
    );
  });

  it('marks the field a refusal is about and keeps the text', async () => {
    show('facilitator', () => ({
      status: 400,
      body: {
        error: {
          code: 'errors.input.tooLong',
          field: 'whyItMatters',
          message: 'That text is too long: 2001 characters, at most 2000.',
        },
      },
    }));
    const why = await screen.findByRole('textbox', { name: 'Why it matters' });
    fireEvent.change(why, { target: { value: 'x'.repeat(2001) } });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Save driver' }));
    });
    await waitFor(() => expect(screen.getAllByText(/too long: 2001 characters/).length).toBeGreaterThan(0));
    expect((why as HTMLTextAreaElement).value).toHaveLength(2001);
  });

  it('lets observers read without a save button, in Dutch', async () => {
    show('observer', () => ({ body: {} }), 'nl');
    expect(await screen.findByText('Als waarnemer lees je de driver; leden en trekkers passen hem aan.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Driver bewaren' })).toBeNull();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: /Einddoel/ }).readOnly).toBe(true);
  });
});
