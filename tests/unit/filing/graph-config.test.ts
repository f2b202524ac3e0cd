import path from 'node:path';
import { inspect } from 'node:util';
import { ConfigError } from '../../../server/config';
import { readGraphConfig } from '../../../server/config/graph-config';
import { managedIdentityBot, singleTenantBot } from '../../helpers/bot-identity';

const bot = singleTenantBot('bot-secret-Xy9');

describe('report filing configuration', () => {
  it('files into ./data/reports in local mode', () => {
    expect(readGraphConfig({}, 'local')).toEqual({ kind: 'local', dir: path.resolve('data', 'reports') });
    expect(readGraphConfig({ LEERKRING_DATA_DIR: '/tmp/lk' }, 'local')).toEqual({
      kind: 'local',
      dir: '/tmp/lk/reports',
    });
  });

  it("files delegated in the cloud, with the bot's app registration unless told otherwise", () => {
    const config = readGraphConfig(bot, 'cloud');
    expect(config).toMatchObject({
      kind: 'delegated',
      tenantId: 'tenant-1',
      clientId: 'bot-app',
      baseUrl: 'https://graph.microsoft.com',
    });
    expect(config.kind === 'delegated' && config.secret.reveal()).toBe('bot-secret-Xy9');
  });

  it('never shows a secret when the configuration is logged', () => {
    const config = readGraphConfig(
      { ...bot, LEERKRING_FILING: 'app-only', GRAPH_CLIENT_ID: 'graph-app', GRAPH_CLIENT_SECRET: 'graph-secret-Q1' },
      'cloud',
    );
    expect(JSON.stringify(config)).not.toContain('graph-secret-Q1');
    expect(inspect(config, { depth: 5 })).not.toContain('graph-secret-Q1');
    expect(`${String(config.kind === 'app-only' && config.secret)}`).toBe('[secret]');
  });

  it("does not lend the bot's secret to another app registration", () => {
    const attempt = () => readGraphConfig({ ...bot, GRAPH_CLIENT_ID: 'tab-sso-app' }, 'cloud');
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/Missing:\n {2}GRAPH_CLIENT_SECRET: a client secret/);
    expect(attempt).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('bot-secret-Xy9') as unknown }) as Error,
    );
  });

  it('names every missing setting and where to get it', () => {
    const attempt = () => readGraphConfig({ LEERKRING_FILING: 'delegated' }, 'local');
    expect(attempt).toThrow(
      /GRAPH_TENANT_ID: your Microsoft Entra tenant ID.*\n {2}GRAPH_CLIENT_ID: .*\n {2}GRAPH_CLIENT_SECRET: /,
    );
  });

  it('files app-only with a user-assigned managed identity, without a secret', () => {
    const msi = { ...managedIdentityBot('msi-app'), LEERKRING_FILING: 'app-only' };
    expect(readGraphConfig(msi, 'cloud')).toEqual({
      kind: 'app-only',
      tenantId: 'tenant-1',
      clientId: 'msi-app',
      managedIdentityClientId: 'msi-app',
      baseUrl: 'https://graph.microsoft.com',
    });
    expect(() => readGraphConfig({ ...msi, MicrosoftAppType: 'SingleTenant' }, 'cloud')).toThrow(
      /or GRAPH_MANAGED_IDENTITY_CLIENT_ID/,
    );
  });

  it('takes another Graph endpoint (a national cloud), and refuses a mode it does not know', () => {
    expect(readGraphConfig({ ...bot, GRAPH_BASE_URL: 'https://graph.microsoft.us/' }, 'cloud')).toMatchObject({
      baseUrl: 'https://graph.microsoft.us',
    });
    expect(() => readGraphConfig({ LEERKRING_FILING: 'sharepoint' }, 'cloud')).toThrow(/LEERKRING_FILING/);
  });
});
