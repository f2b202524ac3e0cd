import type { Attachment, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from '../domain/ports';

interface Pending {
  reference: Partial<ConversationReference>;
  activityId: string;
  render: () => Promise<Attachment>;
}

interface Slot {
  pending?: Pending;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  lastRunAt: number;
}

const MAX_RETRIES = 5;

/**
 * Updates shared cards (the one everybody sees in the channel) off the hot path: at most one update
 * per card per interval, always rendered from the newest state, and a 429 from the Connector waits
 * for its Retry-After. Many members answering at once thus cost one update a second, not one each.
 */
export class SharedCardUpdater {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly log: Logger,
    private readonly intervalMs = 1000,
  ) {}

  schedule(reference: Partial<ConversationReference>, activityId: string, render: () => Promise<Attachment>): void {
    const slot = this.slots.get(activityId) ?? { lastRunAt: 0 };
    this.slots.set(activityId, slot);
    slot.pending = { reference, activityId, render };
    // Wait a whole interval even for the first update: a burst of answers then costs one update, and the
    // member who just answered keeps their own view of the card a moment before the shared one replaces it.
    this.arm(slot, this.intervalMs);
  }

  /** Waits until every scheduled update has been sent (for shutdown and tests). */
  async flush(): Promise<void> {
    for (;;) {
      const busy = [...this.slots.values()].filter((s) => s.pending !== undefined || s.running !== undefined || s.timer !== undefined);
      if (busy.length === 0) return;
      for (const slot of busy) {
        if (slot.timer) {
          clearTimeout(slot.timer);
          slot.timer = undefined;
          void this.run(slot, 0);
        }
      }
      await Promise.all(busy.map((s) => s.running ?? Promise.resolve()));
    }
  }

  private arm(slot: Slot, delayMs: number): void {
    if (slot.timer || slot.running) return;
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      void this.run(slot, 0);
    }, delayMs);
  }

  private run(slot: Slot, attempt: number): Promise<void> {
    const job = slot.pending;
    if (!job) return Promise.resolve();
    slot.pending = undefined;
    slot.lastRunAt = Date.now();
    slot.running = this.send(job)
      .then(() => undefined)
      .catch((error: unknown) => this.retryLater(slot, job, error, attempt))
      .finally(() => {
        slot.running = undefined;
        if (slot.pending) this.arm(slot, this.intervalMs);
        else if (!slot.timer) this.slots.delete(job.activityId);
      });
    return slot.running;
  }

  private async send(job: Pending): Promise<void> {
    const attachment = await job.render();
    await this.adapter.continueConversationAsync(this.appId, job.reference, async (context) => {
      await context.updateActivity({ type: 'message', id: job.activityId, attachments: [attachment] });
    });
  }

  private async retryLater(slot: Slot, job: Pending, error: unknown, attempt: number): Promise<void> {
    const waitMs = retryAfterMs(error) ?? 1000 * 2 ** attempt;
    if (attempt + 1 >= MAX_RETRIES) {
      this.log.error('shared card update failed', { activityId: job.activityId, error: describe(error) });
      return;
    }
    this.log.warn('shared card update postponed', { activityId: job.activityId, waitMs, error: describe(error) });
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    slot.pending ??= job; // a newer render wins over the one that failed
    slot.running = undefined;
    await this.run(slot, attempt + 1);
  }
}

/** The Retry-After of a throttled Connector call, in milliseconds. */
function retryAfterMs(error: unknown): number | undefined {
  const e = error as { statusCode?: number; response?: { headers?: { get?(name: string): string | undefined } } };
  if (e?.statusCode !== 429) return undefined;
  const header = e.response?.headers?.get?.('retry-after');
  const seconds = header ? Number(header) : NaN;
  return Number.isFinite(seconds) ? Math.max(0, seconds * 1000) : 1000;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
