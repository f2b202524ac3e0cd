/** @jest-environment jsdom */
import { createElement as h } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { translator } from '../../../tabs/src/i18n';
import { PostItForm } from '../../../tabs/src/views/meeting/side-panel/PostItForm';
import type { MineOf } from '../../../tabs/src/views/meeting/side-panel/use-meeting';
import { fakeApi } from './fake-api';

if (!globalThis.crypto?.randomUUID)
  Object.defineProperty(globalThis, 'crypto', { value: { randomUUID: () => `${Math.random()}` } });

const board: MineOf<'board'> = { kind: 'board', phaseIndex: 1, categories: [], postIts: [] };
const tooLong = {
  code: 'errors.input.tooLong',
  message: 'The post-it is too long: 300 of at most 280 characters. Your text is still there, so you can shorten it.',
  field: 'text',
};

describe("the side panel's post-it form", () => {
  it('keeps what the member typed when the server refuses it, and marks the field it names', async () => {
    let refuse = true;
    const { api, calls } = fakeApi((call) => {
      if (call.method !== 'POST') return undefined;
      if (!refuse) return { body: { ok: true } };
      refuse = false;
      return { status: 400, body: { error: tooLong } };
    });
    const props = { api, communityId: 'c1', role: 'member' as const, t: translator('en'), lang: 'en' as const };
    render(
      h(
        FluentProvider,
        { theme: teamsLightTheme },
        h(PostItForm, { ...props, version: 0, mine: board, reload: () => undefined }),
      ),
    );
    const text = screen.getByRole('textbox', { name: 'Your post-it' });
    fireEvent.change(text, { target: { value: 'A very long idea' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add post-it' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The post-it is too long');
    expect((text as HTMLTextAreaElement).value).toBe('A very long idea');
    expect(text.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Add post-it' }));
    expect(await screen.findByText('Added: your post-it is on the board. Add as many as you like.')).toBeTruthy();
    expect((text as HTMLTextAreaElement).value).toBe('');
    const sent = calls.filter((c) => c.method === 'POST');
    expect(sent.map((c) => c.path)).toEqual(['/communities/c1/post-its', '/communities/c1/post-its']);
    // The same token both times: a retried post-it is added once.
    const [first, second] = sent.map((c) => (c.body as { token: string }).token);
    expect(second).toBe(first);
  });
});
