/** @jest-environment jsdom */
import { createElement as h } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { translator, type Lang } from '../../../tabs/src/i18n';
import { LinkMeeting } from '../../../tabs/src/views/meeting/LinkMeeting';
import { fakeApi, type Call } from './fake-api';

const CHAT = '19:meeting_ZjE0ZTI4NDctOTQ2@thread.v2';
const mine = [
  { id: 'c-anatomie', name: 'PLG Anatomie & Fysiologie' },
  { id: 'c-chemie', name: 'PLG Chemie' },
];

function show(lang: Lang, route: (call: Call) => { status?: number; body: unknown } | undefined) {
  const fake = fakeApi(route);
  const linked = jest.fn();
  render(
    h(
      FluentProvider,
      { theme: teamsLightTheme },
      h(LinkMeeting, { api: fake.api, chatId: CHAT, t: translator(lang), onLinked: linked }),
    ),
  );
  return { ...fake, linked };
}

describe("the meeting tab's link to a community", () => {
  it('lets a facilitator pick one of their communities and links the chat to it', async () => {
    const { calls, linked } = show('nl', (call) =>
      call.method === 'GET'
        ? { body: { communities: mine } }
        : { body: { community: mine.find((c) => c.id === (call.body as { communityId: string }).communityId) } },
    );
    expect(await screen.findByRole('heading', { name: 'Koppel deze chat aan een leergemeenschap' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('radio', { name: 'PLG Chemie' }));
    fireEvent.click(screen.getByRole('button', { name: 'Koppelen' }));
    expect(await screen.findByText('Deze chat is nu gekoppeld aan PLG Chemie.')).toBeTruthy();
    expect(calls.at(-1)).toEqual({
      method: 'POST',
      path: '/meeting/link',
      body: { chatId: CHAT, communityId: 'c-chemie' },
    });
    expect(linked).toHaveBeenCalledWith(mine[1]);
  });

  it('tells someone who facilitates no community who can link the chat, with nothing to click', async () => {
    show('en', () => ({ body: { communities: [] } }));
    expect(await screen.findByText(/^This chat is not linked to a learning community yet/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Link' })).toBeNull();
  });

  it('shows why a link was refused and keeps the choice, so it can be tried again', async () => {
    show('nl', (call) =>
      call.method === 'GET'
        ? { body: { communities: mine } }
        : {
            status: 409,
            body: {
              error: {
                code: 'errors.meeting.linkedElsewhere',
                message: 'Deze chat is al gekoppeld aan PLG Biologie.',
              },
            },
          },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Koppelen' }));
    expect(await screen.findByText(/Deze chat is al gekoppeld aan PLG Biologie\./)).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'PLG Anatomie & Fysiologie' }).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Koppelen' })).toBeTruthy();
  });
});
