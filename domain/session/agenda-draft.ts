import { collection } from '../collection';
import type { FormatId, Phase } from './formats';

/**
 * The agenda of the community's next session, prepared before it starts: documents collection
 * `agenda-drafts`, keyed by community id. `forNumber` is the session it was made for; once that
 * session exists the draft is spent.
 */
export interface AgendaDraft {
  forNumber: number;
  format: FormatId;
  agenda: Phase[];
  editedBy: string;
  editedAt: string;
}

export const AGENDA_DRAFTS = 'agenda-drafts';
export const agendaDrafts = collection<AgendaDraft>(AGENDA_DRAFTS);
