import { collection } from '../collection';
import type { DocumentRepository, Version } from '../ports';

/**
 * Exactly-once sending of reminders by several server instances over one shared store. A reminder
 * id is claimed by creating its document (create = claim; a conflict = another instance has it);
 * the claim holds a lease, so a reminder that a crashed instance claimed but never sent is taken
 * over, version-guarded, once the lease has run out. A reminder marked sent is never claimed again.
 */
export const CLAIMS_COLLECTION = 'reminders-sent';

export interface ReminderClaim {
  state: 'claimed' | 'sent' | 'given-up';
  /** The instance that holds the claim ('' while it waits for a retry). */
  owner: string;
  claimedAt: string;
  /** Nobody else may claim it before this instant. */
  leaseUntil: string;
  /** Send attempts so far, this one included. */
  attempts: number;
  sentAt?: string;
  /** What went wrong last (an error name or status, never member text). */
  lastError?: string;
}

export const reminderClaims = collection<ReminderClaim>(CLAIMS_COLLECTION);

export interface Claimed {
  id: string;
  version: Version;
  claim: ReminderClaim;
}

export interface ClaimTiming {
  now: Date;
  leaseMs: number;
}

const after = (now: Date, ms: number): string => new Date(now.getTime() + ms).toISOString();

/** Claims the reminder for `owner`; undefined when it was sent, given up, or is held by a live lease. */
export async function claimReminder(
  documents: DocumentRepository,
  id: string,
  owner: string,
  timing: ClaimTiming,
): Promise<Claimed | undefined> {
  const fresh: ReminderClaim = {
    state: 'claimed',
    owner,
    claimedAt: timing.now.toISOString(),
    leaseUntil: after(timing.now, timing.leaseMs),
    attempts: 1,
  };
  const created = await documents.save(reminderClaims, id, fresh, null);
  if (created.ok) return { id, version: created.version, claim: fresh };
  const existing = await documents.get(reminderClaims, id);
  if (!existing || existing.value.state !== 'claimed') return undefined;
  if (Date.parse(existing.value.leaseUntil) > timing.now.getTime()) return undefined;
  const taken: ReminderClaim = {
    ...existing.value,
    owner,
    claimedAt: fresh.claimedAt,
    leaseUntil: fresh.leaseUntil,
    attempts: existing.value.attempts + 1,
  };
  const saved = await documents.save(reminderClaims, id, taken, existing.version);
  return saved.ok ? { id, version: saved.version, claim: taken } : undefined;
}

/** Records the send. False when the lease had run out and another instance took the claim over meanwhile. */
export async function markSent(documents: DocumentRepository, claimed: Claimed, now: Date): Promise<boolean> {
  const sent: ReminderClaim = { ...claimed.claim, state: 'sent', sentAt: now.toISOString() };
  return (await documents.save(reminderClaims, claimed.id, sent, claimed.version)).ok;
}

export interface RetryPolicy {
  /** The wait after the first failure; it doubles with every further attempt, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseDelayMs: 60_000, maxDelayMs: 15 * 60_000, maxAttempts: 6 };

/**
 * After a failed send: frees the claim for a retry after a back-off (any instance may take it then),
 * or gives up after `maxAttempts`. Returns what became of it.
 */
export async function releaseAfterFailure(
  documents: DocumentRepository,
  claimed: Claimed,
  now: Date,
  error: string,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<'retry' | 'given-up' | 'lost'> {
  const givenUp = claimed.claim.attempts >= policy.maxAttempts;
  const delay = Math.min(policy.baseDelayMs * 2 ** (claimed.claim.attempts - 1), policy.maxDelayMs);
  const next: ReminderClaim = {
    ...claimed.claim,
    state: givenUp ? 'given-up' : 'claimed',
    owner: '',
    leaseUntil: after(now, delay),
    lastError: error,
  };
  const saved = await documents.save(reminderClaims, claimed.id, next, claimed.version);
  if (!saved.ok) return 'lost';
  return givenUp ? 'given-up' : 'retry';
}
