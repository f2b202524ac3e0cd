import { ConfigError, loadConfig } from '../../server/config';

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
    const config = loadConfig({ MicrosoftAppId: 'app-1', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'tenant-1', MicrosoftAppPassword: secret });
    expect(config).toMatchObject({ mode: 'cloud', host: '0.0.0.0', bot: { appId: 'app-1', appType: 'SingleTenant', tenantId: 'tenant-1' } });
    expect(() => loadConfig({ MicrosoftAppId: 'app-1', MicrosoftAppType: 'Bogus', MicrosoftAppPassword: secret })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secret) as unknown }) as Error,
    );
  });

  it('accepts a user-assigned managed identity without a secret', () => {
    const config = loadConfig({ MicrosoftAppId: 'app-1', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant-1' });
    expect(config.bot?.password).toBeUndefined();
  });

  it('refuses the deprecated multi-tenant bot type', () => {
    expect(() => loadConfig({ MicrosoftAppId: 'a', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: 't', MicrosoftAppPassword: 'p' })).toThrow(/not supported/);
  });
});
