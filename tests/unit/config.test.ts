import { ConfigError, loadConfig } from '../../server/config';
import { managedIdentityBot, singleTenantBot } from '../helpers/bot-identity';

const SSO = { LEERKRING_SSO_CLIENT_ID: 'tab-1', LEERKRING_ALLOWED_TENANTS: 'tenant-1' };

describe('configuration', () => {
  it('runs in local mode on loopback when no app id is set', () => {
    const config = loadConfig({ LEERKRING_DATA_DIR: '/tmp/lk' });
    expect(config).toMatchObject({ mode: 'local', host: '127.0.0.1', port: 3978, dbFile: '/tmp/lk/leerkring.db' });
    expect(config.bot).toBeUndefined();
  });

  it('keeps an in-memory database in memory', () => {
    expect(loadConfig({ LEERKRING_DB: ':memory:' }).dbFile).toBe(':memory:');
  });

  it('treats an empty app id as none', () => {
    expect(loadConfig({ MicrosoftAppId: '' }).mode).toBe('local');
  });

  it('refuses to listen beyond loopback in local mode', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/loopback/);
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('names every missing part of the bot identity, and where to get it', () => {
    const attempt = () => loadConfig({ MicrosoftAppId: 'app-1' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/MicrosoftAppType:.*\n.*MicrosoftAppTenantId:.*\n.*MicrosoftAppPassword:/);
  });

  it('accepts a single-tenant bot with a secret and never puts the secret in the message of an error', () => {
    const secret = 'super-secret-value-123';
    const config = loadConfig({ ...singleTenantBot(secret), ...SSO });
    expect(config).toMatchObject({
      mode: 'cloud',
      host: '0.0.0.0',
      bot: { appId: 'bot-app', appType: 'SingleTenant', tenantId: 'tenant-1' },
    });
    expect(() =>
      loadConfig({ MicrosoftAppId: 'app-1', MicrosoftAppType: 'Bogus', MicrosoftAppPassword: secret }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining(secret) as unknown }) as Error);
  });

  it('accepts a user-assigned managed identity without a secret, once report filing is told how to reach Graph', () => {
    const msi = { ...managedIdentityBot('app-1'), ...SSO };
    expect(() => loadConfig(msi)).toThrow(/GRAPH_CLIENT_ID/);
    const config = loadConfig({ ...msi, LEERKRING_FILING: 'app-only', GRAPH_MANAGED_IDENTITY_CLIENT_ID: 'app-1' });
    expect(config.bot?.password).toBeUndefined();
    expect(config.filing).toMatchObject({ kind: 'app-only', managedIdentityClientId: 'app-1' });
  });

  it('refuses the deprecated multi-tenant bot type', () => {
    expect(() =>
      loadConfig({
        MicrosoftAppId: 'a',
        MicrosoftAppType: 'MultiTenant',
        MicrosoftAppTenantId: 't',
        MicrosoftAppPassword: 'p',
      }),
    ).toThrow(/not supported/);
  });

  it("needs the tab's SSO app and tenant allow-list outside local mode, and names them", () => {
    const bot = singleTenantBot();
    expect(() => loadConfig(bot)).toThrow(/LEERKRING_SSO_CLIENT_ID:.*\n.*LEERKRING_ALLOWED_TENANTS:/);
    expect(loadConfig({ ...bot, ...SSO }).sso).toMatchObject({ clientId: 'tab-1', allowedTenants: ['tenant-1'] });
  });
});
