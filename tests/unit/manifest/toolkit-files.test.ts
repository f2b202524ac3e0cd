import { bicepDeclarations, envFile, placeholders, read, toolkitSteps, type Step } from './toolkit-project';

const bicep = read('infra/azure.bicep');
const declared = bicepDeclarations(bicep);
const parameters = read('infra/azure.parameters.json');
const parameterNames = Object.keys((JSON.parse(parameters) as { parameters: Record<string, unknown> }).parameters);
const APP_FILES = ['manifest/manifest.json', 'manifest/en.json', 'manifest/nl-NL.json', 'manifest/nl-BE.json'];

/** The files a step reads, whose placeholders the Toolkit fills when the step runs. */
function filesOf(step: Step): string[] {
  if (step.uses === 'arm/deploy') return ['infra/azure.parameters.json'];
  if (step.uses === 'aadApp/update') return ['manifest/aad.manifest.json'];
  if (step.uses === 'teamsApp/validateManifest' || step.uses === 'teamsApp/zipAppPackage') return APP_FILES;
  return [];
}

/**
 * What a step produces: its writeToEnvironmentFile, the Bicep outputs for arm/deploy, the scope id aadApp/update
 * generates.
 */
function producedBy(step: Step): string[] {
  if (step.uses === 'arm/deploy') return declared.outputs;
  if (step.uses === 'aadApp/update') return ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'];
  return step.writes;
}

const projects = [
  { yml: 'teamsapp.yml', env: 'dev' },
  { yml: 'teamsapp.local.yml', env: 'local' },
] as const;

describe.each(projects)('$yml with env/.env.$env', ({ yml, env }) => {
  const steps = toolkitSteps(read(yml));
  const written = new Set(steps.flatMap(producedBy));
  const envVars = envFile(env);
  // What the admin (or the Toolkit itself) provides before anything runs: env file keys no step writes.
  const given = new Set(['TEAMSFX_ENV', ...Object.keys(envVars).filter((k) => !written.has(k))]);

  it('has every variable ready before the step that uses it runs', () => {
    const ready = new Set(given);
    const unready: string[] = [];
    for (const step of steps) {
      const used = [step.text, ...filesOf(step).map(read)].flatMap(placeholders);
      for (const name of used) {
        if (!ready.has(name) && !(step.uses === 'aadApp/update' && name === 'AAD_APP_ACCESS_AS_USER_PERMISSION_ID'))
          unready.push(`${step.uses} needs ${name}`);
      }
      for (const name of producedBy(step)) ready.add(name);
    }
    expect(unready).toEqual([]);
  });

  it('lists in the env file only variables the project uses or the Toolkit writes', () => {
    const used = new Set(
      [read(yml), parameters, read('manifest/aad.manifest.json'), ...APP_FILES.map(read)].flatMap(placeholders),
    );
    const unused = Object.keys(envVars).filter((k) => !used.has(k) && !written.has(k) && k !== 'TEAMSFX_ENV');
    expect(unused).toEqual([]);
  });

  it('commits no secret: SECRET_* values go only to the git-ignored .user file', () => {
    expect(Object.keys(envVars).filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    expect(read('.gitignore').split('\n')).toContain('env/.env.*.user');
    for (const step of steps) {
      for (const name of step.writes) if (/SECRET|PASSWORD/.test(name)) expect(name).toMatch(/^SECRET_/);
    }
  });

  it("builds, checks and uploads the app package with the Toolkit's own actions", () => {
    const provision = steps.filter((s) => s.lifecycle === 'provision').map((s) => s.uses);
    expect(provision[0]).toBe('teamsApp/create');
    expect(provision.slice(-4)).toEqual([
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(provision).toEqual(expect.arrayContaining(['aadApp/create', 'aadApp/update']));
    expect(provision.indexOf('aadApp/update')).toBeLessThan(provision.indexOf('teamsApp/validateManifest'));
  });
});

describe('teamsapp.yml (Azure)', () => {
  const steps = toolkitSteps(read('teamsapp.yml'));
  const uses = (lifecycle: string) => steps.filter((s) => s.lifecycle === lifecycle).map((s) => s.uses);

  it(
    'creates the SSO app before the Azure resources that need its id, ' + 'and updates it once the host name is known',
    () => {
      expect(uses('provision')).toEqual([
        'teamsApp/create',
        'aadApp/create',
        'arm/deploy',
        'aadApp/update',
        'teamsApp/validateManifest',
        'teamsApp/zipAppPackage',
        'teamsApp/validateAppPackage',
        'teamsApp/update',
      ]);
    },
  );

  it("deploys with npm and App Service zip deploy, and publishes to the organisation's catalogue", () => {
    expect(uses('deploy')).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    expect(uses('publish').at(-1)).toBe('teamsApp/publishAppPackage');
  });

  it('leaves secrets and node_modules out of what it uploads to App Service', () => {
    const zipDeploy = steps.find((s) => s.uses === 'azureAppService/zipDeploy');
    const ignoreFile = /ignoreFile: \.\/(\S+)/.exec(zipDeploy?.text ?? '')?.[1] ?? '';
    const ignored = read(ignoreFile).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['env/', '.localConfigs', 'node_modules/']));
  });
});

describe('infra/azure.bicep', () => {
  it('gets every parameter it declares from azure.parameters.json, and no other', () => {
    expect([...parameterNames].sort()).toEqual([...declared.params].sort());
  });

  it('writes the host name, bot id and App Service id back to the environment', () => {
    expect(declared.outputs).toEqual(
      expect.arrayContaining(['APP_DOMAIN', 'APP_ENDPOINT', 'BOT_ID', 'AZURE_APP_SERVICE_RESOURCE_ID']),
    );
  });

  it('gives the server the settings it reads, with the bot signing in as a managed identity (no bot secret)', () => {
    const settings = /name: 'appsettings'\s+properties: \{([\s\S]*?)\n {2}\}/.exec(bicep)?.[1] ?? '';
    const names = [...settings.matchAll(/^\s+(\w+): /gm)].map((m) => m[1]);
    expect(names).toEqual(
      expect.arrayContaining([
        'MicrosoftAppId',
        'MicrosoftAppType',
        'MicrosoftAppTenantId',
        'LEERKRING_PUBLIC_URL',
        'LEERKRING_STORE',
        'LEERKRING_STORAGE_ACCOUNT_URL',
        'LEERKRING_SSO_CLIENT_ID',
        'LEERKRING_SSO_APP_ID_URI',
        'LEERKRING_ALLOWED_TENANTS',
        'LEERKRING_FILING',
        'APPLICATIONINSIGHTS_CONNECTION_STRING',
      ]),
    );
    expect(names).not.toContain('MicrosoftAppPassword');
    expect(settings).toContain("MicrosoftAppType: 'UserAssignedMSI'");
    expect(settings).toContain("LEERKRING_STORE: 'azure-table'");
  });

  it('runs Node 20 on Linux, always on, with the health check on /healthz, and the bot on /api/messages', () => {
    expect(bicep).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(bicep).toContain('alwaysOn: true');
    expect(bicep).toContain("healthCheckPath: '/healthz'");
    expect(bicep).toMatch(/endpoint: 'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'/);
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
    expect(bicep).not.toContain("msaAppType: 'MultiTenant'");
  });
});
