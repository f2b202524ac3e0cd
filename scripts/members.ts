// `npm run members [-- --phase 2 --members 3 --lang nl --dry-run]`: the five sample colleagues of the
// Agents Playground (.m365agentsplayground.yml) answer the running session's card, as if they clicked it in
// Teams: the server of `npm start` sends their card clicks through the Playground, so the channel shows them.
// The server does the work (POST /api/local/sample-members, local mode only); this is its command line.
import { parseArgs } from 'node:util';

export interface MembersOptions {
  /** The Leerkring server, http://127.0.0.1:3978 by default (PORT moves it). */
  url: string;
  phase?: number;
  members?: number;
  lang?: 'nl' | 'en';
  dryRun?: boolean;
  /** Another channel than the Playground's sample one. */
  place?: { teamId?: string; channelId: string };
}

interface Answered {
  sessionNumber: number;
  phase: number;
  phaseKey: string;
  activity: string;
  lang: 'nl' | 'en';
  via: 'playground' | 'bot';
  waiting?: 'vote-closed';
  answers?: { name: string; verb: string; status: number }[];
  invokes?: { from: { name: string }; value: { action: { verb: string; data: Record<string, unknown> } } }[];
}

/** What went wrong, said so that the reader knows what to do; `code` is the server's error code, if any. */
export class MembersError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export const NO_SESSION = 'Start a session first: @Leerkring /start-session in the channel (or /start-bijeenkomst).';

/** Asks the server to let the sample colleagues answer; returns the lines to print. */
export async function runMembers(options: MembersOptions): Promise<string[]> {
  const { url, ...request } = options;
  let response: Response;
  try {
    response = await fetch(`${url}/api/local/sample-members`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(60_000),
    });
  } catch {
    throw new MembersError(
      `Leerkring does not answer on ${url}. Start it with npm start (PORT=<port> if you moved it).`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as Answered & { error?: { code: string; message: string } };
  if (response.status === 404)
    throw new MembersError(`${url} has no sample members: is it Leerkring in local mode (no MicrosoftAppId set)?`);
  if (body.error?.code === 'errors.session.noneRunning') throw new MembersError(NO_SESSION, body.error.code);
  if (body.error && 'field' in body.error && body.error.field === 'phase')
    throw new MembersError(`The running session has no phase ${request.phase}.`, body.error.code);
  if (!response.ok || body.error)
    throw new MembersError(body.error?.message ?? `the server answered ${response.status}`, body.error?.code);
  return report(body);
}

function report(done: Answered): string[] {
  const where = done.via === 'playground' ? 'through the Agents Playground' : "to the bot's /api/messages";
  const head = `Session ${done.sessionNumber}, phase ${done.phase} (${done.phaseKey}, ${done.activity}), in ${
    done.lang === 'nl' ? 'Dutch' : 'English'
  }, ${where}:`;
  if (done.invokes) {
    const lines = done.invokes.map((i) => `  ${i.from.name}: ${i.value.action.verb} ${shown(i.value.action.data)}`);
    return [`${head} (dry run, nothing sent)`, ...(lines.length ? lines : [waitingOr(done)])];
  }
  const answers = done.answers ?? [];
  const lines = answers.map((a) => `  ${a.status === 200 ? '✓' : '✗'} ${a.name.padEnd(18)} ${a.verb}${failure(a)}`);
  if (lines.length === 0) return [head, waitingOr(done)];
  const failed = answers.filter((a) => a.status !== 200).length;
  const outcome = failed
    ? `${failed} of ${answers.length} clicks failed: see the server's output.`
    : 'The card in the channel shows their answers within a second or two.';
  return [head, ...lines, outcome];
}

const voteClosed =
  '  the dot-vote is not open yet: open it with Open the vote (Open de stemronde) in the tab ' +
  'or in your own view of its card, then run this again.';
const nothingToAnswer = '  nothing to answer in this phase (it has no card for members): move on with /next.';
const waitingOr = (done: Answered): string => (done.waiting === 'vote-closed' ? voteClosed : nothingToAnswer);
const failure = (a: { status: number }) => (a.status === 200 ? '' : ` (answered ${a.status || 'nothing'})`);

/** The card inputs of a click, without the card's own bookkeeping. */
const shown = (data: Record<string, unknown>): string =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(data).filter(([k]) => !['sessionId', 'phaseIndex', 'token', 'cardVersion'].includes(k)),
    ),
  );

const HELP = `npm run members [-- options]   the sample colleagues answer the running session's card

  --phase <n>     the n-th phase of the agenda (default: the current one)
  --members <n>   how many of the five colleagues answer (default: all five)
  --lang nl|en    the language they write in (default: the community's)
  --dry-run       show what they would send, send nothing
  PORT=<port>     where Leerkring runs (default 3978)`;

/** The options from the command line; a MembersError names a bad one. */
export function parseMembersArgs(argv: string[], env: NodeJS.ProcessEnv): MembersOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      phase: { type: 'string' },
      members: { type: 'string' },
      lang: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const port = env.PORT?.trim() || '3978';
  const options: MembersOptions = { url: `http://127.0.0.1:${port}` };
  if (values.phase !== undefined) options.phase = count('--phase', values.phase, 50);
  if (values.members !== undefined) options.members = count('--members', values.members, 5);
  if (values.lang !== undefined) {
    if (values.lang !== 'nl' && values.lang !== 'en')
      throw new MembersError(`--lang takes nl or en, not "${values.lang}".`);
    options.lang = values.lang;
  }
  if (values['dry-run']) options.dryRun = true;
  return options;
}

function count(name: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new MembersError(`${name} takes a number from 1 to ${max}, not "${value}".`);
  return n;
}

if (require.main === module) {
  (async () => {
    const options = parseMembersArgs(process.argv.slice(2), process.env);
    if (options === 'help') return void process.stdout.write(`${HELP}\n`);
    for (const line of await runMembers(options)) process.stdout.write(`${line}\n`);
  })().catch((error: unknown) => {
    const known = error instanceof MembersError || (error instanceof TypeError && 'code' in error);
    process.stderr.write(`[members] ${known ? (error as Error).message : String(error)}\n`);
    process.exitCode = 1;
  });
}
