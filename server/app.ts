import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import restify from 'restify';
import {
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type CloudAdapter,
  type TurnContext,
} from 'botbuilder';
import { EdgeAdapter } from '../bot/edge-adapter';
import { botEndpoint } from './bot-endpoint';
import { BOT_FRAMEWORK_METADATA, botTokenChecker } from './auth/bot-token';
import { guardHttpEdges } from './http-edge';
import { LeerkringBot } from '../bot/leerkring-bot';
import type { Logger } from '../domain/ports';
import { SharedCardUpdater } from '../bot/shared-card-updater';
import { noticeCard } from '../bot/cards/notice-card';
import { storeTroubleCard } from '../bot/store-trouble-card';
import { isStoreUnavailable } from '../domain/store-unavailable';
import { postCard, usePacer, type BotServices } from '../bot/bot-services';
import { ThreadPacer, type PacerOptions } from '../bot/thread-pacer';
import type { Clock, Deps, Store } from '../domain/ports';
import { languageOf, translator } from '../i18n/t';
import type { AppConfig } from './config';
import { openSqliteStore } from './storage/sqlite/sqlite-store';
import { proactiveVia } from '../bot/proactive';
import { startBackground, type Background, type BackgroundOptions } from './background';
import { registerFileRoutes } from './file-routes';
import { registerExportRoutes } from './export-routes';
// The tab: its API, live updates and static files (issue 4).
import { postCurrentPhase, sharedCardOf } from '../bot/phase-poster';
import { checkInCardKey, type PostedCard } from '../bot/bot-services';
import { phaseCardKey, scheduleSharedUpdate } from '../bot/shared-cards';
import { registerTabApi, type SessionChange } from './tab-api/register';
import { CommunityWatch } from './live/community-watch';
import { readLocalSample, type LocalSample } from './auth/local-identities';
import { ssoTokenVerifier, type TokenCheck } from './auth/sso-token';
import type { SsoConfig } from './config/sso-config';

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
  };
  /** Where the Bot Connector's signing keys are published (default: the Bot Framework's); tests use a stand-in. */
  botOpenIdMetadataUrl?: string;
}

export interface App {
  server: restify.Server;
  deps: Deps;
  updater: SharedCardUpdater;
  pacer: ThreadPacer;
  background: Background;
  listen(): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

/** Wires the store, the bot and the HTTP routes. Nothing listens until `listen()`. */
export function createApp(config: AppConfig, options: AppOptions): App {
  const { log } = options;
  const store = options.store ?? openSqliteStore(config.dbFile);
  const deps: Deps = { store, clock: options.clock ?? { now: () => new Date() }, ids: { next: () => randomUUID() } };
  const metadataUrl = options.botOpenIdMetadataUrl ?? BOT_FRAMEWORK_METADATA;
  const adapter = new EdgeAdapter(new ConfigurationBotFrameworkAuthentication(authSettings(config, metadataUrl)));
  const pacer = new ThreadPacer({
    onRetry: ({ key, attempt, status, waitMs }) =>
      log.warn('connector call retried', { thread: key, attempt, status, waitMs }),
    ...options.pacer,
  });
  const updater = new SharedCardUpdater(adapter, config.bot?.appId ?? '', log, pacer, options.cardUpdateIntervalMs);
  const services: BotServices = { deps, updater, log, pacer };
  const bot = new LeerkringBot(services);
  services.proactive = proactiveVia(adapter, config.bot?.appId ?? '', pacer);
  services.publicUrl = config.publicUrl;
  adapter.onTurnError = (context, error) => onTurnError(context, error, log);

  const server = restify.createServer({ name: 'leerkring' });
  guardHttpEdges(server, { mode: config.mode, log });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));
  server.post(
    '/api/messages',
    botEndpoint({
      log,
      ...(config.bot
        ? { checkToken: botTokenChecker({ appId: config.bot.appId, openIdMetadataUrl: metadataUrl }) }
        : {}),
      turn: (activity, authorization) =>
        adapter.handle(activity as Activity, authorization, (context) => {
          usePacer(context, pacer);
          return bot.run(context);
        }),
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
  // The token check needs the background's filer, which starts last.
  const started: { background?: Background } = {};
  const verifySso = options.tab?.verify ?? (sso ? ssoTokenVerifier(sso) : undefined);
  registerTabApi(server, {
    deps,
    watch,
    log,
    auth: {
      mode: config.mode,
      localUsers: local.users,
      ...(verifySso ? { verify: rememberSignIn(verifySso, () => started.background) } : {}),
    },
    ...(local.place ? { localPlace: local.place } : {}),
    ...(sso ? { ssoClientId: sso.clientId } : {}),
    onSessionChange: (change) => tabChangeToChannel(adapter, services, config.bot?.appId ?? '', change),
  });
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
  const background = startBackground(config, services, options.background);
  started.background = background;
  return {
    server,
    deps,
    updater,
    pacer,
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
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
      await background.stop();
      await updater.flush();
      await store.close();
    },
  };
}

/**
 * Delegated report filing writes on behalf of a facilitator: each valid tab token is handed to the filer's
 * on-behalf-of exchange (kept in memory only), so a report asked for while they use the tab can be filed.
 */
function rememberSignIn(verify: (token: string) => Promise<TokenCheck>, background: () => Background | undefined) {
  return async (token: string): Promise<TokenCheck> => {
    const checked = await verify(token);
    if (checked.ok) void background()?.signedIn(checked.identity.oid, token);
    return checked;
  };
}

function authSettings(config: AppConfig, openIdMetadataUrl: string): Record<string, string> {
  if (!config.bot) return {}; // local mode: botbuilder accepts unauthenticated requests
  const settings: Record<string, string> = {
    ...publicCloud(openIdMetadataUrl),
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId,
  };
  if (config.bot.password) settings.MicrosoftAppPassword = config.bot.password;
  return settings;
}

/**
 * botbuilder's public Azure cloud endpoints, written out: naming any one of them (here the key endpoint, which tests
 * replace) makes botbuilder take every one from the settings.
 */
const publicCloud = (openIdMetadataUrl: string): Record<string, string> => ({
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
  ValidateAuthority: 'true',
});

/** Faults end here: logged once with a reference, answered with a localised message, never the error text. */
async function onTurnError(context: TurnContext, error: Error, log: Logger): Promise<void> {
  const reference = randomUUID().slice(0, 8);
  log.error('turn failed', { reference, activityType: context.activity.type, error: error.stack ?? error.message });
  const t = translator(languageOf(context.activity.locale, 'nl'));
  const card = isStoreUnavailable(error)
    ? storeTroubleCard(context.activity, error.reason, t)
    : noticeCard(t('errors.unexpected', { reference }), 'Attention');
  try {
    if (context.activity.type === 'invoke') {
      await context.sendActivity({
        type: 'invokeResponse',
        value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
      });
    } else {
      await postCard(context, card);
    }
  } catch (sendError) {
    log.error('could not tell the user about the failed turn', { reference, error: String(sendError) });
  }
}

/** A facilitator steered from the tab: the channel gets the new phase's card, or the changed card is updated. */
async function tabChangeToChannel(
  adapter: CloudAdapter,
  services: BotServices,
  appId: string,
  change: SessionChange,
): Promise<void> {
  const { session, community, phaseIndex } = change;
  if (change.what !== 'moved') {
    const card = await sharedCardOf(services, session, phaseIndex, community);
    if (card)
      await scheduleSharedUpdate(
        services,
        card.key,
        async () => (await sharedCardOf(services, session, phaseIndex, community))?.card ?? card.card,
      );
    return;
  }
  const keys = [checkInCardKey(session.id), ...session.agenda.map((_p, i) => phaseCardKey(session.id, i))];
  for (const key of keys) {
    const posted = await services.deps.store.keyValues.get<PostedCard>(key);
    if (!posted) continue;
    await adapter.continueConversationAsync(appId, posted.reference, async (context) => {
      usePacer(context, services.pacer);
      await postCurrentPhase(services, context, session, community);
    });
    return;
  }
  services.log.info('no card of this session was posted yet: the new phase shows in the tab only', {
    sessionId: session.id,
  });
}
