/** @jest-environment jsdom */
import { createElement as h } from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, teamsDarkTheme } from '@fluentui/react-components';
import { AgendaView } from '../../../tabs/src/views/agenda/AgendaView';
import { CommunityView } from '../../../tabs/src/views/community/CommunityView';
import { HistoryView } from '../../../tabs/src/views/history/HistoryView';
import { MyActionsView } from '../../../tabs/src/views/my-actions/MyActionsView';
import { TopicsView } from '../../../tabs/src/views/topics/TopicsView';
import { translator } from '../../../tabs/src/i18n';
import type { AgendaData } from '../../../tabs/src/views/agenda/use-agenda';
import type { CommunityData } from '../../../tabs/src/views/community/use-community';
import type { HistoryData } from '../../../tabs/src/views/history/use-history';
import type { TopicsData } from '../../../tabs/src/views/topics/use-topics';
import { fakeApi } from './fake-api';
import { agenda, show } from './show-view';

const moods = { stormy: 0, rainy: 1, cloudy: 0, 'partly-sunny': 2, sunny: 0 };
const postIts = [
  { id: 'p1', text: 'Exit tickets', category: null, phaseIndex: 1, cluster: 'Formative checks' },
  { id: 'p2', text: 'Short quiz', category: null, phaseIndex: 1 },
  { id: 'p3', text: 'New projector', category: null, phaseIndex: 1, dropped: true },
];

describe('the agenda', () => {
  const voting = agenda({
    phaseIndex: 2,
    checkIns: 3,
    moods,
    kind: 'vote',
    postIts,
    vote: { opened: true, voters: 4, revealed: false, results: undefined },
  });

  it('highlights the current phase with its countdown and shows the check-in moods', async () => {
    show(AgendaView, 'member', { '/agenda': voting });
    const current = await screen.findByRole('listitem', { current: 'step' });
    expect(within(current).getByText('Condense · 15 min')).toBeTruthy();
    expect(within(current).getByRole('timer').textContent).toMatch(/^(10:00|9:5\d) left$/);
    expect(screen.getByText('Check-ins: 3')).toBeTruthy();
    expect(screen.getByText('⛅ Sun breaking through × 2')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next phase' })).toBeNull();
    expect(screen.getByText('4 voted so far; the results show once a facilitator reveals them.')).toBeTruthy();
  });

  it(
    'gives facilitators the steering buttons, ' + 'the reveal and a cluster list per post-it (the keyboard way)',
    async () => {
      const { calls } = show(AgendaView, 'facilitator', { '/agenda': voting });
      fireEvent.click(await screen.findByRole('button', { name: 'Next phase' }));
      fireEvent.click(screen.getByRole('button', { name: 'Reveal the results' }));
      fireEvent.change(screen.getByRole('combobox', { name: 'Cluster for “Short quiz”' }), {
        target: { value: 'Formative checks' },
      });
      fireEvent.click(within(screen.getByText('Exit tickets').parentElement!).getByRole('button', { name: 'Drop' }));
      await waitFor(() => expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(4));
      expect(calls.filter((c) => c.method !== 'GET').map((c) => [c.method, c.path, c.body])).toEqual([
        ['POST', '/communities/c1/session/step', { step: 1 }],
        ['POST', '/communities/c1/session/reveal', { phaseIndex: 2 }],
        ['PUT', '/communities/c1/post-its/s2/p2', { cluster: 'Formative checks' }],
        ['PUT', '/communities/c1/post-its/s2/p1', { dropped: true }],
      ]);
      expect(screen.getByText('Dropped (1)')).toBeTruthy();
    },
  );

  it('shows the ranked results once revealed, ties marked', async () => {
    const results = [
      { id: 'p1', text: 'Exit tickets', votes: 5, rank: 1, tied: false },
      { id: 'p2', text: 'Short quiz', votes: 2, rank: 2, tied: true },
      { id: 'p4', text: 'Peer review', votes: 2, rank: 2, tied: true },
    ];
    show(AgendaView, 'member', {
      '/agenda': agenda({
        phaseIndex: 2,
        checkIns: 0,
        moods,
        kind: 'vote',
        postIts,
        vote: { opened: true, voters: 4, revealed: true, results },
      }),
    });
    const list = (await screen.findByText('Results')).nextElementSibling as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1.Exit tickets5 dots', '2.Short quiztie2 dots', '2.Peer reviewtie2 dots']);
  });
});

describe('the other views', () => {
  it('lists topics in order and lets a facilitator move one up', async () => {
    const topics: TopicsData = {
      topics: [
        { id: 'a', text: 'Feedback', points: 6, rank: 1 },
        { id: 'b', text: 'Rubrics', points: 3, rank: 2, plannedSession: 4 },
      ],
      nextNumber: 3,
      publishedAt: '2026-11-01T10:00:00Z',
    };
    const { calls } = show(TopicsView, 'facilitator', { '/topics': topics });
    fireEvent.click(await screen.findByRole('button', { name: 'Move Rubrics up' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')).toMatchObject({
      method: 'PUT',
      path: '/communities/c1/topics/order',
      body: { order: ['b', 'a'] },
    });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Plan into: Rubrics' }).value).toBe('4');
  });

  it('shows past sessions with attendance, actions and the report link when one was filed', async () => {
    const history: HistoryData = {
      sessions: [
        {
          id: 's1',
          number: 1,
          format: 'start',
          startedAt: '2026-10-01T13:00:00Z',
          endedAt: '2026-10-01T15:00:00Z',
          attendance: { present: ['Griet', 'Pieter'], members: 3 },
          actions: [
            {
              id: 'x',
              sessionId: 's1',
              what: 'Read the handbook',
              ownerId: 'u',
              ownerName: 'Pieter',
              due: '2026-10-15',
              status: 'done',
            },
          ],
          report: { pdfUrl: 'https://files.example/r1.pdf', webUrl: 'https://files.example/' },
        },
        {
          id: 's0',
          number: 0,
          format: 'regular',
          startedAt: undefined,
          endedAt: undefined,
          attendance: { present: [], members: 3 },
          actions: [],
        },
      ],
    };
    show(HistoryView, 'observer', { '/history': history });
    expect(await screen.findByText('Session 1 · start session')).toBeTruthy();
    expect(screen.getByText(/2 of 3 members took part: Griet, Pieter/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Report (PDF)' }).getAttribute('href')).toBe(
      'https://files.example/r1.pdf',
    );
    expect(screen.getByText('No report filed for this session.')).toBeTruthy();
    expect(screen.getByText('Read the handbook')).toBeTruthy();
  });

  it('shows members with their roles, the agreements and that nothing is planned yet', async () => {
    const community: CommunityData = {
      name: 'PLG',
      members: [
        { userId: 'a', name: 'Griet', role: 'facilitator' },
        { userId: 'b', name: 'Otto', role: 'observer' },
      ],
      agreements: { written: [], board: [{ category: 'preparation', texts: ['We read the material <first>'] }] },
      schedule: [],
      nextNumber: 3,
    };
    show(CommunityView, 'member', { '/community': community });
    expect(await screen.findByText('Members (2)')).toBeTruthy();
    expect(screen.getByText('observer')).toBeTruthy();
    expect(screen.getByText('We read the material <first>')).toBeTruthy();
    expect(screen.getByText('No sessions are planned yet. The next one is session 3.')).toBeTruthy();
  });

  it('shows how the closing session’s questionnaire stands next to the planned sessions', async () => {
    const planned = {
      end: '2026-12-15T15:30:00.000Z',
      localDate: '2026-12-15',
      localStart: '15:00',
      localEnd: '16:30',
      timeZone: 'Europe/Brussels',
      format: 'closing' as const,
      place: 'B.204',
      onlineUrl: undefined,
      topics: [],
    };
    const community: CommunityData = {
      name: 'PLG',
      members: [],
      agreements: { written: [], board: [] },
      nextNumber: 7,
      schedule: [
        {
          ...planned,
          start: '2026-12-15T14:00:00.000Z',
          questionnaire: { answers: 4, accepting: true, deadline: '2026-12-15T14:00:00.000Z' },
        },
        {
          ...planned,
          localDate: '2027-06-15',
          start: '2027-06-15T13:00:00.000Z',
          questionnaire: { opensAt: '2027-06-08T13:00:00.000Z' },
        },
      ],
    };
    show(CommunityView, 'member', { '/community': community });
    expect(
      await screen.findByText('Impact survey: 4 members have answered ahead, open until 15 Dec 2026, 15:00.'),
    ).toBeTruthy();
    expect(screen.getByText('Impact survey: goes out to the members on 8 Jun 2027, 15:00.')).toBeTruthy();
    expect(screen.getByText('Tue, 15 Dec 2026, 15:00–16:30')).toBeTruthy();
  });

  it('shows my actions across communities', async () => {
    const fake = fakeApi(() => ({
      body: {
        communities: [
          {
            communityId: 'c1',
            communityName: 'PLG Anatomie',
            actions: [
              {
                id: 'x',
                sessionId: 's',
                sessionNumber: 2,
                what: 'Try exit tickets',
                ownerId: 'u',
                ownerName: 'Griet',
                due: '2026-12-15',
                status: 'open',
              },
            ],
          },
        ],
      },
    }));
    render(
      h(
        FluentProvider,
        { theme: teamsDarkTheme },
        h(MyActionsView, { api: fake.api, t: translator('nl'), lang: 'nl', version: 0 }),
      ),
    );
    expect(await screen.findByText('PLG Anatomie')).toBeTruthy();
    expect(screen.getByText(/^Bijeenkomst 2 · tegen di 15 dec\.? 2026$/)).toBeTruthy();
    // Her own actions: her name is not repeated, and each can be ticked off or moved.
    expect(screen.queryByText('Griet')).toBeNull();
    expect(screen.getByRole('button', { name: 'Gedaan: Try exit tickets' })).toBeTruthy();
    expect(screen.getByLabelText('Tegen wanneer?')).toBeTruthy();
  });
});

describe('preparing the next session', () => {
  const next: AgendaData = {
    running: undefined,
    live: undefined,
    formats: ['regular', 'closing'],
    next: {
      number: 3,
      format: 'regular',
      drafted: false,
      agenda: [
        { key: 'check-in', minutes: 10, activity: 'check-in' },
        { key: 'explore', minutes: 25, activity: 'brainstorm' },
      ],
    },
    catalogue: [
      { key: 'check-in', minutes: 10, activity: 'check-in' },
      { key: 'explore', minutes: 25, activity: 'brainstorm' },
      { key: 'retrospective', minutes: 10, activity: 'retrospective' },
    ],
  } as unknown as AgendaData;

  it('lets a facilitator change timeboxes, remove and add phases, and save the agenda as a draft', async () => {
    const { calls } = show(AgendaView, 'facilitator', { '/agenda': next });
    expect(await screen.findByText('Next session: 3')).toBeTruthy();
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes for Explore' });
    fireEvent.change(minutes, { target: { value: '40' } });
    fireEvent.blur(minutes);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Check-in' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Add a phase' }), { target: { value: 'retrospective' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a phase' }));
    expect(screen.getByText('Total 50 minutes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save agenda' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')).toEqual({
      method: 'PUT',
      path: '/communities/c1/agenda/draft',
      body: {
        format: 'regular',
        phases: [
          { key: 'explore', minutes: 40 },
          { key: 'retrospective', minutes: 10 },
        ],
      },
    });
  });

  it('shows members the agenda without the editor', async () => {
    show(AgendaView, 'member', { '/agenda': next });
    expect(await screen.findByText('Explore · 25 min')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save agenda' })).toBeNull();
  });
});
