import { retryOnConflict } from '../concurrency';
import { fail, ok, type Result } from '../errors';
import type { Deps } from '../ports';
import { FORMATS, FORMAT_IDS, agendaFor, type FormatId, type Phase } from './formats';
import { namesOf } from './start-session';
import { agendaDrafts, type AgendaDraft } from './agenda-draft';

export { AGENDA_DRAFTS, type AgendaDraft } from './agenda-draft';
export const PHASES_MAX = 12;
export const PHASE_MINUTES_MAX = 240;

/** Every phase some format has, by key: a facilitator may add any of them to an agenda. */
export const PHASE_CATALOGUE: ReadonlyMap<string, Phase> = new Map(
  FORMAT_IDS.flatMap((f) => FORMATS[f]).map((p) => [p.key, p]),
);

/** The agenda the next session will start with: the draft, or the format's template. */
export async function nextAgenda(
  deps: Deps,
  communityId: string,
): Promise<{ number: number; format: FormatId; agenda: Phase[]; draft?: AgendaDraft }> {
  const number = ((await deps.store.sessions.latest(communityId))?.value.number ?? 0) + 1;
  const draft = (await deps.store.documents.get(agendaDrafts, communityId))?.value;
  if (draft && draft.forNumber === number) return { number, format: draft.format, agenda: draft.agenda, draft };
  const format: FormatId = number === 1 ? 'start' : 'regular';
  return { number, format, agenda: agendaFor(format) };
}

/** Checks phases as edited: known keys, whole minutes 1..240, 1..12 phases. Activities come from the catalogue. */
export function parseAgenda(phases: readonly { key: string; minutes: number }[]): Result<Phase[]> {
  if (phases.length === 0) return fail('errors.input.required', { field: 'phases' });
  if (phases.length > PHASES_MAX)
    return fail('errors.input.tooLong', { field: 'phases', length: phases.length, max: PHASES_MAX });
  const agenda: Phase[] = [];
  for (const p of phases) {
    const known = PHASE_CATALOGUE.get(p.key);
    if (!known) return fail('errors.input.invalidChoice', { field: 'phases' });
    if (!Number.isInteger(p.minutes) || p.minutes < 1 || p.minutes > PHASE_MINUTES_MAX)
      return fail('errors.input.invalidChoice', { field: 'minutes' });
    agenda.push({ ...known, minutes: p.minutes });
  }
  return ok(agenda);
}

/** A facilitator prepares the next session's agenda: a format and its phases with timeboxes. */
export function saveAgendaDraft(
  deps: Deps,
  input: { communityId: string; actorId: string; format: string; phases: { key: string; minutes: number }[] },
): Promise<Result<AgendaDraft>> {
  return retryOnConflict(async () => {
    const role = (await deps.store.members.get(input.communityId, input.actorId))?.role;
    if (role !== 'facilitator')
      return fail('errors.role.facilitatorOnly', { facilitators: await namesOf(deps, input.communityId) });
    if (!(FORMAT_IDS as readonly string[]).includes(input.format))
      return fail('errors.session.unknownFormat', { name: input.format, formats: FORMAT_IDS.join(', ') });
    const agenda = parseAgenda(input.phases);
    if (!agenda.ok) return agenda;
    const { number } = await nextAgenda(deps, input.communityId);
    const draft: AgendaDraft = {
      forNumber: number,
      format: input.format as FormatId,
      agenda: agenda.value,
      editedBy: input.actorId,
      editedAt: deps.clock.now().toISOString(),
    };
    const existing = await deps.store.documents.get(agendaDrafts, input.communityId);
    const saved = await deps.store.documents.save(agendaDrafts, input.communityId, draft, existing?.version ?? null);
    return saved.ok ? ok(draft) : 'conflict';
  });
}
