/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { AgendaView } from '../../../tabs/src/views/agenda/AgendaView';
import { agenda, show } from './show-view';

const checkingIn = agenda({
  phaseIndex: 0,
  checkIns: 2,
  moods: { stormy: 0, rainy: 1, cloudy: 0, 'partly-sunny': 0, sunny: 1 },
  kind: 'check-in',
});
const summary = {
  moods: { stormy: 0, rainy: 1, cloudy: 0, 'partly-sunny': 0, sunny: 1 },
  colours: {},
  words: [],
};
const overview = {
  sessionId: 's2',
  sessionNumber: 2,
  variant: 'weather',
  summary,
  averageMood: 'cloudy',
  checkIns: [
    { userName: 'Pieter Claes', mood: 'rainy', answer: '', sinceLastTime: 'Rubric getest in 5B', obstacles: '' },
    { userName: 'An Peeters', mood: 'sunny', answer: '', sinceLastTime: '', obstacles: 'Te weinig tijd', late: true },
  ],
};

describe('the check-ins in the live view', () => {
  it("shows a facilitator the group's mood and what each member wrote, with names", async () => {
    const { calls } = show(AgendaView, 'facilitator', { '/agenda': checkingIn, '/check-ins': { overview } });
    const panel = await screen.findByRole('region', { name: 'Check-ins of the members (only facilitators see this)' });
    expect(calls.map((c) => c.path)).toContain('/communities/c1/check-ins');
    const mood = await within(panel).findByRole('list', { name: 'Mood of the group' });
    expect(
      within(mood)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['☀️ Sunny × 1', '🌧️ Rainy × 1']);
    expect(within(panel).getByText('On average: ☁️ Cloudy')).toBeTruthy();
    const members = within(panel).getByRole('list', { name: 'What each member wrote' });
    const [pieter, an] = within(members).getAllByRole('listitem');
    expect(within(pieter!).getByText('Pieter Claes')).toBeTruthy();
    expect(within(pieter!).getByText('Rubric getest in 5B')).toBeTruthy();
    expect(within(an!).getByText('An Peeters')).toBeTruthy();
    expect(within(an!).getByText('Te weinig tijd')).toBeTruthy();
    expect(within(an!).getByText('checked in late')).toBeTruthy();
  });

  it('shows a member no one else’s check-in and never asks for them', async () => {
    const { calls } = show(AgendaView, 'member', { '/agenda': checkingIn, '/check-ins': { overview } });
    expect(await screen.findByText('Check-ins: 2')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Check-ins of the members/ })).toBeNull();
    expect(screen.queryByText('Pieter Claes')).toBeNull();
    expect(calls.map((c) => c.path)).toEqual(['/communities/c1/agenda']);
  });

  it('tells a Dutch facilitator in the check-in phase that nobody has checked in yet', async () => {
    const empty = { ...overview, summary: { ...summary, moods: {} }, averageMood: undefined, checkIns: [] };
    show(
      AgendaView,
      'facilitator',
      { '/agenda': { ...checkingIn, live: { ...checkingIn.live!, checkIns: 0 } }, '/check-ins': { overview: empty } },
      'nl',
    );
    const panel = await screen.findByRole('region', { name: 'Check-ins van de leden (alleen trekkers zien dit)' });
    expect(await within(panel).findByText('Nog niemand heeft ingecheckt.')).toBeTruthy();
  });
});
