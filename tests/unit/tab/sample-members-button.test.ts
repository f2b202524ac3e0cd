/** @jest-environment jsdom */
import { createElement as h } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { translator } from '../../../tabs/src/i18n';
import { SampleMembersButton } from '../../../tabs/src/SampleMembersButton';
import './fake-api'; // jsdom's missing ResizeObserver

const answer = (status: number, body: unknown) =>
  jest.fn().mockResolvedValue({ ok: status < 400, status, json: () => Promise.resolve(body) });

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

const place = { teamId: 'team-plg-anatomie-fysiologie', channelId: 'channel-bijeenkomsten' };
const show = (lang: 'nl' | 'en') =>
  render(h(FluentProvider, { theme: teamsLightTheme }, h(SampleMembersButton, { lang, place, t: translator(lang) })));

describe('the local tab’s “let the sample members answer” button', () => {
  it('asks the local route for the tab’s channel and says how many colleagues answered', async () => {
    const fetched = answer(200, { phase: 2, answers: [{ status: 200 }, { status: 200 }, { status: 200 }] });
    global.fetch = fetched;
    show('nl');
    fireEvent.click(screen.getByRole('button', { name: 'Laat de voorbeeldleden antwoorden' }));
    expect(await screen.findByText("3 collega's antwoordden in fase 2.")).toBeTruthy();
    const [url, init] = fetched.mock.calls[0] as [string, { body: string }];
    expect(url).toBe('/api/local/sample-members');
    expect(JSON.parse(init.body)).toEqual({ place });
  });

  it('says the colleagues wait for the facilitator to open the dot-vote', async () => {
    global.fetch = answer(200, { phase: 3, answers: [], waiting: 'vote-closed' });
    show('nl');
    fireEvent.click(screen.getByRole('button', { name: 'Laat de voorbeeldleden antwoorden' }));
    expect(
      await screen.findByText(/^De stemronde is nog niet open: open ze met ‘Open de stemronde’, in dit tabblad/),
    ).toBeTruthy();
  });

  it('shows the server’s own message when no session runs', async () => {
    const message = 'No session is running in this channel. A facilitator starts one with /start-session.';
    global.fetch = answer(409, { error: { code: 'errors.session.noneRunning', message } });
    show('en');
    fireEvent.click(screen.getByRole('button', { name: 'Let the sample members answer' }));
    expect(await screen.findByText(message)).toBeTruthy();
  });
});
