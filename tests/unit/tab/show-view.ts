import { createElement as h, type ReactNode } from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, teamsDarkTheme } from '@fluentui/react-components';
import { translator, type Lang } from '../../../tabs/src/i18n';
import type { AgendaData } from '../../../tabs/src/views/agenda/use-agenda';
import type { ViewProps } from '../../../tabs/src/views/view-props';
import type { Role } from '../../../tabs/src/types';
import { fakeApi } from './fake-api';

/** A running session two phases in, with the given live part. */
export const agenda = (live: AgendaData['live']): AgendaData =>
  ({
    running: {
      id: 's2',
      number: 2,
      format: 'regular',
      phaseIndex: 2,
      phaseStartedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      agenda: [
        { key: 'check-in', minutes: 10, activity: 'check-in' },
        { key: 'explore', minutes: 25, activity: 'brainstorm' },
        { key: 'condense', minutes: 15, activity: 'dot-vote' },
        { key: 'make', minutes: 30, activity: 'actions' },
      ],
    },
    live,
    next: { number: 3, format: 'regular', agenda: [], drafted: false },
    catalogue: [],
    formats: ['regular'],
  }) as unknown as AgendaData;

/** Renders a view in Teams' dark theme over a fake API that answers each GET whose path ends in a route's key. */
export function show(
  view: (props: ViewProps) => ReactNode,
  role: Role,
  routes: Record<string, unknown>,
  lang: Lang = 'en',
) {
  const fake = fakeApi((call) => {
    if (call.method !== 'GET') return { body: { ok: true } };
    const key = Object.keys(routes).find((k) => call.path.endsWith(k));
    return key ? { body: routes[key] } : undefined;
  });
  render(
    h(
      FluentProvider,
      { theme: teamsDarkTheme },
      h(view, { api: fake.api, communityId: 'c1', role, t: translator(lang), lang, version: 0 }),
    ),
  );
  return fake;
}
