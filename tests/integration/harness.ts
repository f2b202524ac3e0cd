import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App, type AppOptions } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { Clock, Logger } from '../../domain/ports';
import type { BackgroundOptions } from '../../server/background';
import type { LocalSample } from '../../server/auth/local-identities';
import { FakeBotConnector } from '../fakes/bot-connector';

export interface Harness {
  app: App;
  connector: FakeBotConnector;
  url: string;
  dataDir: string;
  errors: string[];
  /** POSTs an activity to /api/messages as the Connector would; returns the HTTP answer. */
  post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  dataDir?: string;
  cardUpdateIntervalMs?: number;
  connector?: FakeBotConnector;
  clock?: Clock;
  background?: BackgroundOptions;
  /** The tab's local people (default: the Playground's sample). */
  tabUsers?: LocalSample['users'];
  /** The tab's local identities, for tests that call the tab's API as a member. */
  tab?: NonNullable<AppOptions['tab']> & { local: LocalSample };
  /** More settings, as the environment would give them. */
  env?: Record<string, string>;
}

/** The real server on a free loopback port, in local mode, over a fresh SQLite file. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-test-'));
  const connector = options.connector ?? new FakeBotConnector();
  if (!options.connector) await connector.start();
  const errors: string[] = [];
  const log: Logger = {
    info: () => undefined,
    warn: () => undefined,
    error: (m, f) => errors.push(`${m} ${JSON.stringify(f)}`),
  };
  const config = loadConfig({ PORT: '0', LEERKRING_DATA_DIR: dataDir, ...options.env });
  const app = createApp(config, {
    log,
    cardUpdateIntervalMs: options.cardUpdateIntervalMs ?? 50,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.background ? { background: options.background } : {}),
    ...(options.tabUsers ? { tab: { local: { users: options.tabUsers } } } : {}),
    ...(options.tab ? { tab: options.tab } : {}),
  });
  const { url } = await app.listen();
  return {
    app,
    connector,
    url,
    dataDir,
    errors,
    post: async (activity) => {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    },
    stop: async () => {
      await app.close();
      if (!options.connector) await connector.stop();
    },
  };
}
