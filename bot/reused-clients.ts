import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type Base = ConfigurationBotFrameworkAuthentication;
type Claims = Parameters<Base['createUserTokenClient']>[0];
type AuthResult = Awaited<ReturnType<Base['authenticateRequest']>>;
type Factory = ReturnType<Base['createConnectorFactory']>;
type Client = Awaited<ReturnType<Factory['create']>>;
type TokenClient = Awaited<ReturnType<Base['createUserTokenClient']>>;

/** Bot, service URL and audience pairs are few; the bound only keeps a stream of forged service URLs harmless. */
const MAX_CLIENTS = 64;

/**
 * botbuilder's authentication, but reusing the Connector and token clients it otherwise builds anew for every turn
 * (two HTTP pipelines a turn, about a tenth of a card click's CPU). The clients hold no state of a turn; botbuilder's
 * older BotFrameworkAdapter kept them per service URL the same way.
 */
export class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<Client>>();
  private readonly tokenClients = new Map<string, Promise<TokenClient>>();

  override async authenticateRequest(...args: Parameters<Base['authenticateRequest']>): Promise<AuthResult> {
    const result = await super.authenticateRequest(...args);
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: this.reusing(factory, result.claimsIdentity) } : result;
  }

  override createConnectorFactory(claims: Claims): Factory {
    return this.reusing(super.createConnectorFactory(claims), claims);
  }

  override createUserTokenClient(claims: Claims): Promise<TokenClient> {
    return remembered(this.tokenClients, appIdOf(claims), () => super.createUserTokenClient(claims));
  }

  private reusing(factory: Factory, claims: Claims): Factory {
    const create = (serviceUrl: string, audience?: string): Promise<Client> =>
      remembered(this.clients, `${appIdOf(claims)}|${serviceUrl}|${audience ?? ''}`, () =>
        factory.create(serviceUrl, audience),
      );
    return Object.assign(Object.create(factory) as Factory, { create });
  }
}

/** The bot's app id the claims are for (audience from a channel, appid from the Emulator); empty when local. */
const appIdOf = (claims: Claims): string => claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';

function remembered<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= MAX_CLIENTS) cache.clear();
  const made = make();
  cache.set(key, made);
  // A failed creation is not kept: the next turn tries again.
  made.catch(() => cache.delete(key));
  return made;
}
