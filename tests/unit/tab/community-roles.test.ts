/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CommunityView } from '../../../tabs/src/views/community/CommunityView';
import type { CommunityData } from '../../../tabs/src/views/community/use-community';
import './fake-api'; // jsdom's missing ResizeObserver
import { show } from './show-view';

const community: CommunityData = {
  name: 'PLG',
  members: [
    { userId: 'a', name: 'Griet', role: 'facilitator' },
    { userId: 'b', name: 'Otto', role: 'observer' },
    { userId: 'c', name: 'Pieter', role: 'member' },
  ],
  agreements: { written: [], board: [] },
  schedule: [],
  nextNumber: 2,
};

const rowOf = (name: string): HTMLElement => screen.getByText(name).closest('li')!;

describe("the Community view's roles", () => {
  it('lets a facilitator name an observer and make one a member again, never beside a facilitator', async () => {
    const { calls } = show(CommunityView, 'facilitator', { '/community': community });
    await screen.findByText('Members (3)');
    expect(within(rowOf('Griet')).queryByRole('button')).toBeNull();
    fireEvent.click(within(rowOf('Pieter')).getByRole('button', { name: 'Name as observer: Pieter' }));
    fireEvent.click(within(rowOf('Otto')).getByRole('button', { name: 'Make member again: Otto' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PUT').map((c) => [c.path, c.body])).toEqual([
      ['/communities/c1/members/c/role', { role: 'observer' }],
      ['/communities/c1/members/b/role', { role: 'member' }],
    ]);
    await waitFor(() => expect(within(rowOf('Pieter')).getByText('observer')).toBeTruthy());
    expect(within(rowOf('Otto')).getByText('member')).toBeTruthy();
  });

  it('gives members and observers no role buttons, in Dutch', async () => {
    show(CommunityView, 'observer', { '/community': community }, 'nl');
    await screen.findByText('waarnemer');
    expect(screen.queryByRole('button', { name: /Waarnemer maken|Weer lid maken/ })).toBeNull();
  });
});
