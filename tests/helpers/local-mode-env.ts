/** Settings that would take a child server out of local mode (or onto another store) if they leaked in. */
const OUTSIDE_SETTINGS = [
  'MicrosoftAppId',
  'MicrosoftAppType',
  'MicrosoftAppTenantId',
  'MicrosoftAppPassword',
  'LEERKRING_DB',
  'HOST',
  'LEERKRING_STORAGE_ACCOUNT_URL',
];

/** The caller's environment without any Microsoft identity or store setting, plus `extra`. */
export function localModeEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of OUTSIDE_SETTINGS) delete env[key];
  env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--disable-warning=DEP0111'].filter(Boolean).join(' ');
  return { ...env, ...extra };
}
