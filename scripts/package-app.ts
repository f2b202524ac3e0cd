// `npm run package [-- <env>]`: builds the Teams app package appPackage/build/appPackage.<env>.zip from
// manifest/, filling the ${{VAR}} placeholders the way the Agents Toolkit does: from env/.env.<env>, then
// env/.env.<env>.user (secrets), then the process environment (which wins). A placeholder without a
// value stops the build with a message that names it. The filled manifest is checked offline against
// its schema before it is zipped.
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

const ROOT = path.resolve(__dirname, '..');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export class PackageError extends Error {}

export interface PackageOptions {
  /** Toolkit environment name: dev, local, … (reads env/.env.<envName>). */
  envName: string;
  /** Project root; the repository by default. */
  root?: string;
  /** Where the zip goes; <root>/appPackage/build by default. */
  outDir?: string;
  /** Values that win over the env files, e.g. process.env. */
  vars?: Record<string, string | undefined>;
}

export interface AppPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
  /** The file names inside the zip. */
  files: string[];
}

/** Reads KEY=VALUE lines as the Toolkit's env files hold them; `#` starts a comment line. */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const value = line.slice(eq + 1).trim();
    vars[line.slice(0, eq).trim()] = /^(['"]).*\1$/.test(value) ? value.slice(1, -1) : value;
  }
  return vars;
}

/** The variables of one environment: env/.env.<env>, env/.env.<env>.user, then `overrides`. */
export function environmentVariables(
  root: string,
  envName: string,
  overrides: Record<string, string | undefined> = {},
): Record<string, string> {
  const read = (file: string): Record<string, string> =>
    fs.existsSync(file) ? parseEnvFile(fs.readFileSync(file, 'utf8')) : {};
  const base = path.join(root, 'env', `.env.${envName}`);
  if (!fs.existsSync(base))
    throw new PackageError(
      `There is no environment file ${path.relative(root, base)}: is "${envName}" the right environment name?`,
    );
  const fromProcess = Object.fromEntries(
    Object.entries(overrides).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  return { TEAMSFX_ENV: envName, ...read(base), ...read(`${base}.user`), ...fromProcess };
}

/** Replaces every ${{VAR}}; the names without a (non-empty) value come back in `missing`. */
export function fillPlaceholders(text: string, vars: Record<string, string>): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    // Values land inside JSON strings: escape them as JSON would.
    return JSON.stringify(value).slice(1, -1);
  });
  return { text: filled, missing: [...missing] };
}

/** Builds and checks the app package of one environment. Throws a PackageError that says what to fix. */
export async function buildAppPackage(options: PackageOptions): Promise<AppPackage> {
  const root = options.root ?? ROOT;
  const manifestDir = path.join(root, 'manifest');
  const vars = environmentVariables(root, options.envName, options.vars);
  const manifestText = fillFile(path.join(manifestDir, 'manifest.json'), vars, root, options.envName);
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
  if (errors.length > 0)
    throw new PackageError(`manifest/manifest.json does not match its schema:\n  ${errors.join('\n  ')}`);

  const entries: Record<string, Uint8Array> = { 'manifest.json': Buffer.from(manifestText) };
  for (const file of packagedFiles(manifest)) {
    const source = path.join(manifestDir, file);
    if (!fs.existsSync(source))
      throw new PackageError(`manifest/manifest.json names ${file}, but manifest/${file} does not exist.`);
    if (!file.endsWith('.json')) {
      entries[file] = fs.readFileSync(source);
      continue;
    }
    const text = fillFile(source, vars, root, options.envName);
    const localisationErrors = await localisationSchemaErrors(JSON.parse(text) as Record<string, unknown>);
    if (localisationErrors.length > 0)
      throw new PackageError(`manifest/${file} does not match its schema:\n  ${localisationErrors.join('\n  ')}`);
    entries[file] = Buffer.from(text);
  }
  const outDir = options.outDir ?? path.join(root, 'appPackage', 'build');
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${options.envName}.zip`);
  fs.writeFileSync(zipPath, zipSync(entries, { level: 9 }));
  return { zipPath, manifest, files: Object.keys(entries) };
}

/**
 * Checks a localisation file against the schema its `$schema` names (bundled, offline). The official
 * localisation schemas (v1.20–v1.30) hold one pattern with a bare `]`, which Ajv's Unicode-mode regular
 * expressions reject, so the schema is repaired (the `]` escaped, same meaning) before it is used.
 */
export async function localisationSchemaErrors(localisation: Record<string, unknown>): Promise<string[]> {
  if (typeof localisation.$schema !== 'string')
    return ['$schema is missing: name the localisation schema of the manifest version.'];
  const schema = await AppManifestUtils.fetchSchema(localisation.$schema);
  const repaired = JSON.parse(JSON.stringify(schema).replaceAll('\\\\b]', '\\\\b\\\\]')) as typeof schema;
  return AppManifestUtils.validateAgainstSchema(localisation as unknown as AppManifest, repaired);
}

/** The icons and localisation files the manifest refers to: what the zip holds besides manifest.json. */
function packagedFiles(manifest: Record<string, unknown>): string[] {
  const icons = (manifest.icons ?? {}) as Record<string, string>;
  const localization = (manifest.localizationInfo ?? {}) as {
    defaultLanguageFile?: string;
    additionalLanguages?: { file: string }[];
  };
  const files = [
    ...Object.values(icons),
    localization.defaultLanguageFile,
    ...(localization.additionalLanguages ?? []).map((l) => l.file),
  ];
  return [...new Set(files.filter((f): f is string => typeof f === 'string'))];
}

function fillFile(file: string, vars: Record<string, string>, root: string, envName: string): string {
  const { text, missing } = fillPlaceholders(fs.readFileSync(file, 'utf8'), vars);
  if (missing.length > 0) {
    throw new PackageError(
      `${path.relative(root, file)} needs ${missing.join(', ')}, ` +
        `which ${missing.length === 1 ? 'has' : 'have'} no value. ` +
        `Set ${missing.length === 1 ? 'it' : 'them'} in env/.env.${envName} ` +
        `(or env/.env.${envName}.user, or the environment); ` +
        `values such as TEAMS_APP_ID, BOT_ID and APP_DOMAIN are written there by the Toolkit's provision step.`,
    );
  }
  return text;
}

if (require.main === module) {
  const envName = process.argv[2] ?? 'dev';
  buildAppPackage({ envName, vars: process.env }).then(
    (pkg) => process.stdout.write(`${path.relative(ROOT, pkg.zipPath)}: ${pkg.files.join(', ')}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof PackageError ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
