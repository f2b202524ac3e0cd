import { retryOnConflict } from '../../concurrency';
import { ok, type Result } from '../../errors';
import type { Deps } from '../../ports';
import { phaseSettings, type PhaseSettings, type Session } from '../../session/session';
import type { ActivityTarget } from '../activity-context';
import { revealPhase } from '../reveal-phase';
import { isBoard } from './board';
import { boardState, type BoardState } from './board-use-cases';

/**
 * Phases whose post-its the group sees only once a facilitator reveals them, unless a facilitator chose otherwise:
 * the start session's expectations are said so that different expectations come out (handbook §2.2 step 4), which
 * the first post-it on a visible board would anchor.
 */
const HIDDEN_FIRST: ReadonlySet<string> = new Set(['expectations']);

/** The words a facilitator may add to `/brainstorm` or `/retro` to choose, in English and Dutch. */
const VISIBILITY_WORDS: Record<string, boolean> = {
  hidden: true,
  verborgen: true,
  visible: false,
  zichtbaar: false,
};

/** True while a board's post-its are kept from the group: hidden until revealed, not yet revealed, still running. */
export function boardHidden(session: Session, phaseIndex: number): boolean {
  if (session.state.kind === 'ended') return false;
  const settings = phaseSettings(session, phaseIndex);
  if (settings.revealedAt) return false;
  return settings.hiddenUntilReveal ?? HIDDEN_FIRST.has(session.agenda[phaseIndex]?.key ?? '');
}

/** `hidden`/`verborgen` or `visible`/`zichtbaar` as the settings they choose; undefined for any other text. */
export function parseBoardVisibility(args: string): PhaseSettings | undefined {
  const hidden = VISIBILITY_WORDS[args.trim().toLocaleLowerCase()];
  if (hidden === undefined) return undefined;
  // Choosing "hidden" again after a reveal hides the board again until the next reveal.
  return hidden ? { hiddenUntilReveal: true, revealedAt: '' } : { hiddenUntilReveal: false };
}

/** A facilitator shows a hidden board's post-its to everyone. Revealing twice changes nothing. */
export function revealBoard(deps: Deps, target: ActivityTarget): Promise<Result<BoardState>> {
  return retryOnConflict(async () => {
    const revealed = await revealPhase(deps, target, isBoard, boardHidden);
    if (revealed === 'conflict' || !revealed.ok) return revealed;
    return ok(await boardState(deps, revealed.value, target.actor.userId));
  });
}
