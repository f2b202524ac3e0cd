import './app-manifest-in-jest';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnvFile } from '../../../scripts/package-app';

export const ROOT = path.join(__dirname, '..', '..', '..');
export const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** The ${{VAR}} names a text uses. */
export const placeholders = (text: string): string[] => [
  ...new Set([...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!)),
];

export interface Step {
  lifecycle: string;
  uses: string;
  /** The step's own lines. */
  text: string;
  /** Variables it writes to the env file (writeToEnvironmentFile). */
  writes: string[];
}

/** The steps of a teamsapp.yml, in order. Reads the Toolkit's plain block layout; no YAML library needed. */
export function toolkitSteps(yml: string): Step[] {
  const steps: Step[] = [];
  let lifecycle = '';
  let current: Step | undefined;
  let inWrites = false;
  for (const line of yml.split('\n')) {
    const top = /^(provision|deploy|publish):/.exec(line);
    const uses = /^ {2}- uses: (\S+)/.exec(line);
    if (top) lifecycle = top[1]!;
    if (top || uses || /^\S/.test(line)) current = undefined;
    if (uses) {
      current = { lifecycle, uses: uses[1]!, text: '', writes: [] };
      steps.push(current);
    }
    if (!current) continue;
    current.text += `${line}\n`;
    if (/^ {4}writeToEnvironmentFile:/.test(line)) inWrites = true;
    else if (/^ {4}\S/.test(line)) inWrites = false;
    const write = /^ {6}\w+: ([A-Z][A-Z0-9_]*)\s*$/.exec(line);
    if (inWrites && write) current.writes.push(write[1]!);
  }
  return steps;
}

/** Bicep `param` and `output` names. */
export function bicepDeclarations(bicep: string): { params: string[]; outputs: string[] } {
  const names = (re: RegExp) => [...bicep.matchAll(re)].map((m) => m[1]!);
  return { params: names(/^param (\w+) /gm), outputs: names(/^output (\w+) /gm) };
}

export const envFile = (name: string): Record<string, string> => parseEnvFile(read(`env/.env.${name}`));
