import './app-manifest-in-jest';
import fs from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { COMMANDS, commandName, parseCommand, type CommandName } from '../../../bot/command-parser';
import { fillPlaceholders, localisationSchemaErrors } from '../../../scripts/package-app';
import { readPng } from './png-pixels';
import { SAMPLE_ENV } from './sample-environment';

const MANIFEST_DIR = path.join(__dirname, '..', '..', '..', 'manifest');
const LOCALISATION_FILES = ['en.json', 'nl-NL.json', 'nl-BE.json'];

/**
 * Commands this session's other work adds to the bot (report, planning, export, privacy), with their Dutch
 * names. Until they are in bot/command-parser.ts the manifest may list them; once they are, the parser
 * answers for them and this table is no longer consulted.
 */
const UPCOMING: Record<string, string> = {
  report: 'verslag',
  plan: 'plannen',
  schedule: 'planning',
  export: 'exporteren',
  'forget-me': 'vergeet-mij',
};

interface Command {
  title: string;
  description: string;
}
interface CommandList {
  scopes: string[];
  commands: Command[];
}
interface Manifest {
  manifestVersion: string;
  bots: { botId: string; scopes: string[]; commandLists: CommandList[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; context: string[] }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  localizationInfo: {
    defaultLanguageTag: string;
    defaultLanguageFile: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  authorization?: { permissions?: { resourceSpecific?: { name: string; type: string }[] } };
  supportsChannelFeatures?: string;
}

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(MANIFEST_DIR, file), 'utf8')) as Record<string, unknown>;
const template = fs.readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');
const filled = fillPlaceholders(template, SAMPLE_ENV);
const manifest = JSON.parse(filled.text) as Manifest;
const localisations = Object.fromEntries(LOCALISATION_FILES.map((f) => [f, readJson(f) as Record<string, string>]));

/** The command a menu title stands for, in either language; undefined if the bot does not know it. */
function commandOf(title: string): string | undefined {
  const parsed = parseCommand(title);
  if (parsed.kind === 'command') return parsed.name;
  return Object.entries(UPCOMING).find(([en, nl]) => title === en || title === nl)?.[0];
}

/** Reads a localisation key such as `bots[0].commandLists[1].commands[2].title` from the manifest. */
function valueAt(source: unknown, key: string): unknown {
  return key
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], source);
}

describe('the Teams app manifest', () => {
  it('fills every placeholder from the environment', () => {
    expect(filled.missing).toEqual([]);
    expect(filled.text).not.toContain('${{');
  });

  it('is valid against the official schema of its version (1.25 or later), offline', async () => {
    const [major = 0, minor = 0] = manifest.manifestVersion.split('.').map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(125);
    expect(await AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest)).toEqual([]);
  });

  it('works in shared and private channels too', () => {
    expect(manifest.supportsChannelFeatures).toBe('tier1');
  });

  it('offers the bot in teams, group chats and personal chat', () => {
    expect(manifest.bots[0]?.scopes).toEqual(['team', 'groupChat', 'personal']);
    expect(manifest.bots[0]?.botId).toBe(SAMPLE_ENV.BOT_ID);
  });

  it("points the tabs at the pages the server serves, on the app's own domain", () => {
    const base = `https://${SAMPLE_ENV.APP_DOMAIN}`;
    expect(manifest.configurableTabs[0]?.configurationUrl).toBe(`${base}/tab/config.html`);
    expect(manifest.configurableTabs[0]?.scopes).toEqual(['team', 'groupChat']);
    const myActions = manifest.staticTabs.find((t) => t.entityId === 'my-actions');
    expect(myActions?.contentUrl).toBe(`${base}/tab/index.html?view=my-actions`);
    expect(myActions?.scopes).toEqual(['personal']);
    // The bot's chat stays next to the personal tab.
    expect(manifest.staticTabs.map((t) => t.entityId)).toContain('conversations');
    expect(manifest.validDomains).toEqual([SAMPLE_ENV.APP_DOMAIN]);
  });

  it('names the SSO app registration and its api://{domain}/{clientId} resource', () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: SAMPLE_ENV.AAD_APP_CLIENT_ID,
      resource: `api://${SAMPLE_ENV.APP_DOMAIN}/${SAMPLE_ENV.AAD_APP_CLIENT_ID}`,
    });
  });

  it(
    'offers the community tab in channels and in Teams meetings: the chat, the details, the side panel and the ' +
      'shared stage (meetings are group chats)',
    () => {
      expect(manifest.configurableTabs[0]?.context).toEqual([
        'channelTab',
        'meetingChatTab',
        'meetingDetailsTab',
        'meetingSidePanel',
        'meetingStage',
      ]);
      expect(manifest.configurableTabs[0]?.scopes).toContain('groupChat');
      expect(manifest.bots[0]?.scopes).toContain('groupChat');
    },
  );

  it(
    'asks for one resource-specific consent, delegated, to share the tab to the meeting stage; ' +
      'the bot posts through the Bot Connector and reads rosters there (docs/deploy.md)',
    () => {
      expect(manifest.authorization?.permissions?.resourceSpecific ?? []).toEqual([
        { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
      ]);
    },
  );
});

describe("the bot's command menus", () => {
  const lists = manifest.bots[0]?.commandLists ?? [];

  it("stay within Teams' limits: at most 3 lists of at most 12 commands", () => {
    expect(lists.length).toBeLessThanOrEqual(3);
    for (const list of lists) expect(list.commands.length).toBeLessThanOrEqual(12);
  });

  it('list only commands the bot knows, in English and in both Dutch files', () => {
    for (const [i, list] of lists.entries()) {
      for (const [j, command] of list.commands.entries()) {
        const name = commandOf(command.title);
        expect({ title: command.title, known: name !== undefined }).toEqual({ title: command.title, known: true });
        for (const file of ['nl-NL.json', 'nl-BE.json']) {
          const dutch = localisations[file]?.[`bots[0].commandLists[${i}].commands[${j}].title`];
          expect({ file, title: dutch, command: dutch === undefined ? undefined : commandOf(dutch) }).toEqual({
            file,
            title: dutch,
            command: name,
          });
        }
      }
    }
  });

  it('write each known command the way the bot writes it in that language', () => {
    for (const [i, list] of lists.entries()) {
      for (const [j, command] of list.commands.entries()) {
        if (!(COMMANDS as readonly string[]).includes(command.title)) continue;
        const name = command.title as CommandName;
        expect(`/${command.title}`).toBe(commandName(name, 'en'));
        expect(`/${localisations['nl-NL.json']?.[`bots[0].commandLists[${i}].commands[${j}].title`]}`).toBe(
          commandName(name, 'nl'),
        );
      }
    }
  });

  it(
    'give facilitators their steering commands in channels and everyone help, ' +
      'their actions and forget-me in personal chat',
    () => {
      const titles = (scope: string) => lists.find((l) => l.scopes.includes(scope))?.commands.map((c) => c.title) ?? [];
      expect(titles('team')).toEqual(
        expect.arrayContaining(['help', 'agenda', 'start-session', 'next', 'end-session']),
      );
      expect(titles('groupChat')).toEqual(titles('team'));
      expect(titles('personal')).toEqual(['help', 'actions', 'forget-me']);
    },
  );
});

describe('the localisation files', () => {
  it('are listed in the manifest: English by default, Dutch for the Netherlands and for Flanders', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en',
      defaultLanguageFile: 'en.json',
      additionalLanguages: [
        { languageTag: 'nl-NL', file: 'nl-NL.json' },
        { languageTag: 'nl-BE', file: 'nl-BE.json' },
      ],
    });
  });

  it.each(LOCALISATION_FILES)('%s is valid against the official localisation schema, offline', async (file) => {
    expect(await localisationSchemaErrors(localisations[file] ?? {})).toEqual([]);
  });

  it('translate the same strings in every language, and nothing of the configurable tab', () => {
    const keys = (file: string) => Object.keys(localisations[file] ?? {}).sort();
    expect(keys('nl-NL.json')).toEqual(keys('en.json'));
    expect(keys('nl-BE.json')).toEqual(keys('en.json'));
    expect(keys('en.json').filter((k) => k.startsWith('configurableTabs'))).toEqual([]);
  });

  it("hold, in en.json, exactly the manifest's own English text", () => {
    for (const [key, value] of Object.entries(localisations['en.json'] ?? {})) {
      if (key !== '$schema') expect({ key, value: valueAt(manifest, key) }).toEqual({ key, value });
    }
  });

  it('call the app Leerkring in every language', () => {
    for (const file of LOCALISATION_FILES) expect(localisations[file]?.['name.short']).toBe('Leerkring');
  });
});

describe('the icons', () => {
  it('are a 192×192 colour icon and a 32×32 outline icon', () => {
    const color = readPng(path.join(MANIFEST_DIR, 'color.png'));
    const outline = readPng(path.join(MANIFEST_DIR, 'outline.png'));
    expect([color.width, color.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
  });

  it('draw the outline in white on a transparent background only', () => {
    const { data } = readPng(path.join(MANIFEST_DIR, 'outline.png'));
    let drawn = 0;
    let notWhite = 0;
    let transparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      const alpha = data[i + 3] ?? 0;
      if (alpha === 0) transparent += 1;
      else drawn += 1;
      // Premultiplied: white at any opacity has red = green = blue = alpha.
      if ([data[i], data[i + 1], data[i + 2]].some((c) => Math.abs((c ?? 0) - alpha) > 1)) notWhite += 1;
    }
    expect(notWhite).toBe(0);
    expect(drawn).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(drawn);
  });

  it('fill the colour icon edge to edge, as Teams expects', () => {
    const { data, width } = readPng(path.join(MANIFEST_DIR, 'color.png'));
    for (const [x, y] of [
      [0, 0],
      [width - 1, 0],
      [0, width - 1],
      [width - 1, width - 1],
    ] as const) {
      expect(data[(y * width + x) * 4 + 3]).toBe(255);
    }
  });
});
