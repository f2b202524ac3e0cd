import './app-manifest-in-jest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildAppPackage, parseEnvFile } from '../../../scripts/package-app';
import { SAMPLE_ENV } from './sample-environment';

const MANIFEST_DIR = path.join(__dirname, '..', '..', '..', 'manifest');
let outDir: string;

beforeEach(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerkring-package-'));
});
afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('npm run package', () => {
  it(
    'builds appPackage.<env>.zip with the manifest, ' +
      'both icons and the three localisation files, every placeholder filled',
    async () => {
      const pkg = await buildAppPackage({ envName: 'dev', outDir, vars: SAMPLE_ENV });

      expect(pkg.zipPath).toBe(path.join(outDir, 'appPackage.dev.zip'));
      const zip = unzipSync(fs.readFileSync(pkg.zipPath));
      expect(Object.keys(zip).sort()).toEqual([
        'color.png',
        'en.json',
        'manifest.json',
        'nl-BE.json',
        'nl-NL.json',
        'outline.png',
      ]);
      for (const name of ['manifest.json', 'en.json', 'nl-NL.json', 'nl-BE.json']) {
        expect({ name, placeholders: strFromU8(zip[name]!).match(/\$\{\{/g) }).toEqual({ name, placeholders: null });
      }
      const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as {
        id: string;
        bots: { botId: string }[];
        validDomains: string[];
      };
      expect(manifest.id).toBe(SAMPLE_ENV.TEAMS_APP_ID);
      expect(manifest.bots[0]?.botId).toBe(SAMPLE_ENV.BOT_ID);
      expect(manifest.validDomains).toEqual([SAMPLE_ENV.APP_DOMAIN]);
      expect(Buffer.from(zip['color.png']!).equals(fs.readFileSync(path.join(MANIFEST_DIR, 'color.png')))).toBe(true);
      expect(Buffer.from(zip['outline.png']!).equals(fs.readFileSync(path.join(MANIFEST_DIR, 'outline.png')))).toBe(
        true,
      );
    },
  );

  it('keeps quotes and backslashes in a value as they were typed', async () => {
    const name = 'Scholen "De Kring" \\ Noord';
    const pkg = await buildAppPackage({ envName: 'dev', outDir, vars: { ...SAMPLE_ENV, ORGANISATION_NAME: name } });
    expect((pkg.manifest.developer as { name: string }).name).toBe(name);
  });

  it('stops with a message that names every variable without a value and where to set it', async () => {
    const incomplete = Object.fromEntries(
      Object.entries(SAMPLE_ENV).filter(([k]) => k !== 'BOT_ID' && k !== 'PRIVACY_URL'),
    );
    const build = buildAppPackage({ envName: 'dev', outDir, vars: incomplete });
    await expect(build).rejects.toThrow(/manifest\/manifest\.json needs .*BOT_ID/);
    await expect(build).rejects.toThrow(/PRIVACY_URL/);
    await expect(build).rejects.toThrow(/env\/\.env\.dev/);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('refuses a value the schema rejects, before anything is zipped', async () => {
    const build = buildAppPackage({ envName: 'dev', outDir, vars: { ...SAMPLE_ENV, BOT_ID: 'not-a-guid' } });
    await expect(build).rejects.toThrow(/does not match its schema[\s\S]*botId/);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('says so when the environment has no env file', async () => {
    await expect(buildAppPackage({ envName: 'staging', outDir, vars: SAMPLE_ENV })).rejects.toThrow(
      /env\/\.env\.staging/,
    );
  });
});

describe('reading an env file', () => {
  it('reads KEY=VALUE lines, skips comments and blank lines, and unquotes quoted values', () => {
    expect(parseEnvFile('# comment\n\nA=1\nB = two words \nC="quoted = yes"\nD=\nnot a line\n')).toEqual({
      A: '1',
      B: 'two words',
      C: 'quoted = yes',
      D: '',
    });
  });
});
