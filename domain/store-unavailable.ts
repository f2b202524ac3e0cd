/** Why a store cannot take reads or writes right now: locked by someone else, or failing (disk, file, service). */
export type StoreTrouble = 'busy' | 'failing';

/**
 * Thrown by a store adapter when its backend cannot do what was asked (not for expected outcomes such as a
 * version conflict). The bot's turn-error edge answers it with the store's message and hands back what was typed.
 */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
  constructor(
    readonly reason: StoreTrouble,
    options?: { cause?: unknown },
  ) {
    super(`the store is ${reason}`, options);
  }
}

export const isStoreUnavailable = (error: unknown): error is StoreUnavailable => error instanceof StoreUnavailable;
