import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import restify from 'restify';
import { createBot, type Bot, type PacerOptions } from '../bot/create-bot';
import type { Clock, Deps, Logger, Store } from '../domain/ports';
import { BOT_FRAMEWORK_METADATA, botTokenChecker } from './auth/bot-token';
import { readLocalSample, type LocalSample } from './auth/local-identities';
import { ssoTokenVerifier, type TokenCheck } from './auth/sso-token';
import { startBackground, type Background, type BackgroundOptions } from './background';
import { botEndpoint } from './bot-endpoint';
import type { AppConfig } from './config';
import type { SsoConfig } from './config/sso-config';
import { registerExportRoutes } from './export-routes';
import { registerFileRoutes } from './file-routes';
import { guardHttpEdges } from './http-edge';
import { CommunityWatch } from './live/community-watch';
import { openSqliteStore } from './storage/sqlite/sqlite-store';
import { registerTabApi } from './tab-api/register';
import { registerSampleMembersRoute } from './local/sample-members-route';
import { oboTodoSettings } from './todo/obo-exchange';
import { todoSync, type TodoSettings, type TodoSync } from './todo/todo-sync';

export const VERSION: string = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;

export interface AppOptions {
  log: Logger;
  clock?: Clock;
  store?: Store;
  /** Report filing and reminders: tests shorten their intervals. */
  background?: BackgroundOptions;
  /** How often a shared card may be updated, at most; tests shorten it. */
  cardUpdateIntervalMs?: number;
  /** Overrides for the per-thread pacer of outbound calls (its limits are Teams'); tests inject clocks. */
  pacer?: PacerOptions;
  /** The tab: SSO settings (default: from the environment), a token checker and local sample people for tests. */
  tab?: {
    sso?: SsoConfig;
    verify?: (token: string) => Promise<TokenCheck>;
    local?: LocalSample;
    liveIntervalMs?: number;
    /** Microsoft To Do (default: on-behalf-of with the delegated Graph configuration); tests use the Graph fake. */
    todo?: TodoSettings;
  };
  /** Where the Bot Connector's signing keys are published (default: the Bot Framework's); tests use a stand-in. */
  botOpenIdMetadataUrl?: string;
}

export interface App {
  server: restify.Server;
  deps: Deps;
  bot: Bot;
  /** The shared cards' pending updates: tests wait for them. */
  updater: { flush(): Promise<void> };
  background: Background;
  listen(): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

/** Wires the store, the bot and the HTTP routes. Nothing listens until `listen()`. */
export function createApp(config: AppConfig, options: AppOptions): App {
  const { log } = options;
  const store = options.store ?? openSqliteStore(config.dbFile);
  const deps: Deps = { store, clock: options.clock ?? { now: () => new Date() }, ids: { next: () => randomUUID() } };
  const openIdMetadataUrl = options.botOpenIdMetadataUrl ?? BOT_FRAMEWORK_METADATA;
  // The background starts last (it needs the bot's senders); the bot wakes its report filer through `started`.
  const started: { background?: Background } = {};
  const bot = createBot({
    deps,
    log,
    identity: config.bot,
    openIdMetadataUrl,
    publicUrl: config.publicUrl,
    cardUpdateIntervalMs: options.cardUpdateIntervalMs,
    clientWithoutDialogs: config.clientWithoutDialogs,
    ...(config.teamsAppId ? { teamsAppId: config.teamsAppId } : {}),
    pacer: options.pacer,
    reports: () => started.background?.filing,
  });
  const server = restify.createServer({ name: 'leerkring' });
  guardHttpEdges(server, { mode: config.mode, log });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));
  server.post(
    '/api/messages',
    botEndpoint({
      log,
      ...(config.bot ? { checkToken: botTokenChecker({ appId: config.bot.appId, openIdMetadataUrl }) } : {}),
      turn: (activity, authorization) => bot.turn(activity, authorization),
    }),
  );
  server.get('/healthz', async (_req, res) => {
    const health = await store.health();
    const status = health.ok ? 'ok' : 'degraded';
    // The version, mode and database path are for the developer at this computer, not for anyone on the network.
    const details = config.mode === 'local' ? { version: VERSION, mode: config.mode, store: health } : {};
    res.json(health.ok ? 200 : 503, { status, ...details });
  });
  registerFileRoutes(server, deps, config.filing.kind === 'local' ? config.filing.dir : undefined);
  registerExportRoutes(server, { deps, ...(config.filing.kind === 'local' ? { reportsDir: config.filing.dir } : {}) });
  const watch = new CommunityWatch(deps, log, options.tab?.liveIntervalMs);
  const sso = options.tab?.sso ?? config.sso;
  const local = config.mode === 'local' ? (options.tab?.local ?? readLocalSample()) : { users: [] };
  const verifySso = options.tab?.verify ?? (sso ? ssoTokenVerifier(sso) : undefined);
  const todo = todoOf(deps, log, options.tab?.todo ?? oboTodoSettings(config.filing));
  registerTabApi(server, {
    deps,
    watch,
    log,
    auth: {
      mode: config.mode,
      localUsers: local.users,
      ...(verifySso ? { verify: rememberSignIn(verifySso, () => started.background, todo) } : {}),
    },
    ...(local.place ? { localPlace: local.place } : {}),
    ...(sso ? { ssoClientId: sso.clientId } : {}),
    onSessionChange: (change) => bot.onSessionChange(change),
    ...(todo ? { todo } : {}),
  });
  if (config.mode === 'local') {
    const colleagues = local.users.filter((u) => u.userId !== local.currentUserId);
    registerSampleMembersRoute(server, { deps, colleagues, ...(local.place ? { place: local.place } : {}) });
  }
  // The built tab (npm run build:tab) when there is one, else the placeholder page.
  const builtTab = path.join(__dirname, '..', 'tabs', 'dist');
  const tabDir = fs.existsSync(path.join(builtTab, 'index.html'))
    ? builtTab
    : path.join(__dirname, '..', 'tabs', 'public');
  server.get('/tab/*', restify.plugins.serveStaticFiles(tabDir));
  server.get('/', (_req, res, next) => {
    res.redirect(302, '/tab/', next);
  });

  // Last: once every route is in place, so a failed start leaves no timers behind.
  const background = startBackground(config, { deps, log, bot }, options.background);
  started.background = background;
  return {
    server,
    deps,
    bot,
    updater: bot,
    background,
    listen: () =>
      new Promise<{ url: string; port: number }>((resolve) => {
        server.listen(config.port, config.host, () => {
          const address = server.address();
          resolve({
            url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`,
            port: address.port,
          });
        });
      }),
    close: async () => {
      watch.close();
      await todo?.idle();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      await background.stop();
      await bot.flush();
      await store.close();
    },
  };
}

/**
 * Delegated report filing writes on behalf of a facilitator: each valid tab token is handed to the filer's
 * on-behalf-of exchange (kept in memory only), so a report asked for while they use the tab can be filed.
 */
function rememberSignIn(
  verify: (token: string) => Promise<TokenCheck>,
  background: () => Background | undefined,
  todo: TodoSync | undefined,
) {
  return async (token: string): Promise<TokenCheck> => {
    const checked = await verify(token);
    if (checked.ok) void background()?.signedIn(checked.identity.oid, token);
    // To Do tasks follow changes made later (a card click) on this person's behalf, while this token lasts.
    if (checked.ok) todo?.remember(checked.identity.oid, token);
    return checked;
  };
}

/** The To Do sync, told of every saved action change (card clicks, /actions, the tab) through the domain's hook. */
function todoOf(deps: Deps, log: Logger, settings: TodoSettings | undefined): TodoSync | undefined {
  if (!settings) return undefined;
  const todo = todoSync(deps, log, settings);
  deps.hooks = { ...deps.hooks, actionChanged: (action) => todo.actionChanged(action) };
  return todo;
}
