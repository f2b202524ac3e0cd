import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { LeerkringBot } from '../bot/leerkring-bot';
import type { Logger } from '../domain/ports';
import { SharedCardUpdater } from '../bot/shared-card-updater';
import { noticeCard } from '../bot/cards/notice-card';
import { postCard, usePacer, type BotServices } from '../bot/bot-services';
import { ThreadPacer, type PacerOptions } from '../bot/thread-pacer';
import type { Clock, Deps, Store } from '../domain/ports';
import { languageOf, translator } from '../i18n/t';
import type { AppConfig } from './config';
import { openSqliteStore } from './storage/sqlite/sqlite-store';

export const VERSION: string = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;

export interface AppOptions {
  log: Logger;
  clock?: Clock;
  store?: Store;
  /** How often a shared card may be updated, at most; tests shorten it. */
  cardUpdateIntervalMs?: number;
  /** Overrides for the per-thread pacer of outbound calls (its limits are Teams'); tests inject clocks. */
  pacer?: PacerOptions;
}

export interface App {
  server: restify.Server;
  deps: Deps;
  updater: SharedCardUpdater;
  pacer: ThreadPacer;
  listen(): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

/** Wires the store, the bot and the HTTP routes. Nothing listens until `listen()`. */
export function createApp(config: AppConfig, options: AppOptions): App {
  const { log } = options;
  const store = options.store ?? openSqliteStore(config.dbFile);
  const deps: Deps = { store, clock: options.clock ?? { now: () => new Date() }, ids: { next: () => randomUUID() } };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(authSettings(config)));
  const pacer = new ThreadPacer({
    onRetry: ({ key, attempt, status, waitMs }) => log.warn('connector call retried', { thread: key, attempt, status, waitMs }),
    ...options.pacer,
  });
  const updater = new SharedCardUpdater(adapter, config.bot?.appId ?? '', log, pacer, options.cardUpdateIntervalMs);
  const services: BotServices = { deps, updater, log, pacer };
  const bot = new LeerkringBot(services);
  adapter.onTurnError = (context, error) => onTurnError(context, error, log);

  const server = restify.createServer({ name: 'leerkring' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => {
      usePacer(context, pacer);
      return bot.run(context);
    });
  });
  server.get('/healthz', async (_req, res) => {
    const health = await store.health();
    res.json(health.ok ? 200 : 503, { status: health.ok ? 'ok' : 'degraded', version: VERSION, mode: config.mode, store: health });
  });
  const tabDir = path.join(__dirname, '..', 'tabs', 'public');
  server.get('/tab/*', restify.plugins.serveStaticFiles(tabDir));
  server.get('/', (_req, res, next) => {
    res.redirect(302, '/tab/', next);
  });

  return {
    server,
    deps,
    updater,
    pacer,
    listen: () =>
      new Promise<{ url: string; port: number }>((resolve) => {
        server.listen(config.port, config.host, () => {
          const address = server.address();
          resolve({ url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`, port: address.port });
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      await updater.flush();
      await store.close();
    },
  };
}

function authSettings(config: AppConfig): Record<string, string> {
  if (!config.bot) return {}; // local mode: botbuilder accepts unauthenticated requests
  const settings: Record<string, string> = {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  };
  if (config.bot.password) settings.MicrosoftAppPassword = config.bot.password;
  return settings;
}

/** Faults end here: logged once with a reference, answered with a localised message, never the error text. */
async function onTurnError(context: TurnContext, error: Error, log: Logger): Promise<void> {
  const reference = randomUUID().slice(0, 8);
  log.error('turn failed', { reference, activityType: context.activity.type, error: error.stack ?? error.message });
  const t = translator(languageOf(context.activity.locale, 'nl'));
  try {
    if (context.activity.type === 'invoke') {
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: noticeCard(t('errors.unexpected', { reference }), 'Attention') } } });
    } else {
      await postCard(context, noticeCard(t('errors.unexpected', { reference }), 'Attention'));
    }
  } catch (sendError) {
    log.error('could not tell the user about the failed turn', { reference, error: String(sendError) });
  }
}
