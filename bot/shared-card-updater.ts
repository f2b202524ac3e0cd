import type { Attachment, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from '../domain/ports';
import { threadKeyOf, type ThreadPacer } from './thread-pacer';

/** Where a shared card is: looked up when its update is sent, so a card posted again meanwhile is the one updated. */
export interface CardPlace {
  reference: Partial<ConversationReference>;
  activityId: string;
}

interface Pending {
  key: string;
  place: () => Promise<CardPlace | undefined>;
  render: () => Promise<Attachment>;
}

interface Slot {
  pending?: Pending;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  lastRunAt: number;
}

/**
 * Updates shared cards (the one everybody sees in the channel) off the hot path: at most one update
 * per card per interval, always rendered from the newest state. Many members answering at once thus cost
 * one update a second, not one each. Each update goes through the thread pacer, which keeps it within
 * Teams' per-thread limits and retries a 429 after its Retry-After.
 */
export class SharedCardUpdater {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly log: Logger,
    private readonly pacer: ThreadPacer,
    private readonly intervalMs = 1000,
  ) {}

  /**
   * Updates the card remembered under `key` soon. Where it is (`place`) is looked up only when the update is
   * sent: a burst of answers costs one lookup, not one each.
   */
  schedule(key: string, place: () => Promise<CardPlace | undefined>, render: () => Promise<Attachment>): void {
    const slot = this.slots.get(key) ?? { lastRunAt: 0 };
    this.slots.set(key, slot);
    slot.pending = { key, place, render };
    // Wait a whole interval even for the first update: a burst of answers then costs one update, and the
    // member who just answered keeps their own view of the card a moment before the shared one replaces it.
    this.arm(slot, this.intervalMs);
  }

  /** Waits until every scheduled update has been sent (for shutdown and tests). */
  async flush(): Promise<void> {
    for (;;) {
      const busy = [...this.slots.values()].filter(
        (s) => s.pending !== undefined || s.running !== undefined || s.timer !== undefined,
      );
      if (busy.length === 0) return;
      for (const slot of busy) {
        if (slot.timer) {
          clearTimeout(slot.timer);
          slot.timer = undefined;
          void this.run(slot);
        }
      }
      await Promise.all(busy.map((s) => s.running ?? Promise.resolve()));
    }
  }

  private arm(slot: Slot, delayMs: number): void {
    if (slot.timer || slot.running) return;
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      void this.run(slot);
    }, delayMs);
  }

  private run(slot: Slot): Promise<void> {
    const job = slot.pending;
    if (!job) return Promise.resolve();
    slot.pending = undefined;
    slot.lastRunAt = Date.now();
    slot.running = this.send(job)
      .then(() => undefined)
      .catch((error: unknown) => this.log.error('shared card update failed', { card: job.key, error: describe(error) }))
      .finally(() => {
        slot.running = undefined;
        if (slot.pending) this.arm(slot, this.intervalMs);
        else if (!slot.timer) this.slots.delete(job.key);
      });
    return slot.running;
  }

  private async send(job: Pending): Promise<void> {
    const place = await job.place();
    if (!place) return;
    const thread = threadKeyOf(place.reference.conversation?.id ?? '');
    await this.pacer.run(thread, () =>
      // Rendered inside the paced call: when the pacer had to wait, the update still shows the newest state.
      this.adapter.continueConversationAsync(this.appId, place.reference, async (context) => {
        const attachment = await job.render();
        await context.updateActivity({ type: 'message', id: place.activityId, attachments: [attachment] });
      }),
    );
  }
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));
