import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { ReusedClientsAuthentication } from './reused-clients';

/** The bot's Entra app registration; absent in local mode. The password is absent with a managed identity. */
export interface BotIdentity {
  appId: string;
  appType: string;
  tenantId: string;
  password?: string;
}

/** botbuilder's authentication of posted activities and outbound calls; none in local mode. */
export function botAuthentication(
  identity: BotIdentity | undefined,
  openIdMetadataUrl: string,
): ConfigurationBotFrameworkAuthentication {
  return new ReusedClientsAuthentication(authSettings(identity, openIdMetadataUrl));
}

function authSettings(identity: BotIdentity | undefined, openIdMetadataUrl: string): Record<string, string> {
  if (!identity) return {}; // local mode: botbuilder accepts unauthenticated requests
  const settings: Record<string, string> = {
    ...publicCloud(openIdMetadataUrl),
    MicrosoftAppId: identity.appId,
    MicrosoftAppType: identity.appType,
    MicrosoftAppTenantId: identity.tenantId,
  };
  if (identity.password) settings.MicrosoftAppPassword = identity.password;
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
