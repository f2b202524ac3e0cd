/** @jest-environment jsdom */
import { createElement as h } from 'react';
import { render, screen } from '@testing-library/react';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { Api, type ApiFailure } from '../../../tabs/src/api';
import { translator } from '../../../tabs/src/i18n';
import { ErrorBar } from '../../../tabs/src/components/ErrorBar';
import './fake-api'; // jsdom's missing ResizeObserver

const answer = (status: number, body: unknown) =>
  jest.fn().mockResolvedValue({ ok: status < 400, status, json: () => Promise.resolve(body) });

const realFetch = global.fetch;
afterEach(() => {
  global.fetch = realFetch;
});

describe('a fault on the server, in the tab', () => {
  it('keeps the reference of a 500 answer and shows the localised message with it', async () => {
    global.fetch = answer(500, {
      error: {
        code: 'errors.unexpected',
        ref: '1a2b3c4d',
        message: 'Er ging bij mij iets mis. (Referentie: 1a2b3c4d)',
      },
    });
    const failure = (await new Api({ lang: 'nl' }).get('/me').catch((e: unknown) => e)) as ApiFailure;
    expect([failure.status, failure.code, failure.ref]).toEqual([500, 'errors.unexpected', '1a2b3c4d']);
    render(h(FluentProvider, { theme: teamsLightTheme }, h(ErrorBar, { error: failure, t: translator('nl') })));
    expect(screen.getByRole('alert').textContent).toContain('Referentie: 1a2b3c4d');
  });

  it("shows the reference in the reader's language when the answer carries no message", () => {
    const error = { status: 500, code: 'errors.unexpected', message: '', ref: '9f8e7d6c' };
    render(h(FluentProvider, { theme: teamsLightTheme }, h(ErrorBar, { error, t: translator('en') })));
    expect(screen.getByRole('alert').textContent).toBe(
      'Something went wrong on my side. Please try again. (Reference: 9f8e7d6c)',
    );
  });
});
