import type { Store } from './ports';

/** The reads a turn may share: the same call with the same arguments answers the same, until the turn writes. */
const SHARED_READS: Readonly<Partial<Record<keyof Store, readonly string[]>>> = {
  communities: ['get', 'findByChannel'],
  members: ['get', 'list'],
  sessions: ['get'],
  contributions: ['get', 'list', 'countWithPrefix'],
};

/** A store for one turn, and the end of it. */
export interface TurnReads {
  store: Store;
  /** From here on every call goes to the store: what was read is not shared past the turn. */
  end(): void;
}

/**
 * A view of the store for one turn in which the same read is made once: the card's checks, its use case and its
 * answer all ask for the session, and a read started early (in parallel, before it is needed) is picked up by the
 * code that needs it. Any other call (a write, or a read not listed) forgets what was read of its repository, so
 * what a turn reads after its own write, or again after a version conflict, comes from the store.
 */
export function readsOfOneTurn(store: Store): TurnReads {
  const shared = new Map<string, Promise<unknown>>();
  let open = true;
  // The repositories keep apart what they store, so a write forgets only what was read of its own repository.
  const forget = (name: keyof Store) => {
    for (const key of [...shared.keys()]) if (key.startsWith(`${String(name)}.`)) shared.delete(key);
  };
  // The community found by its channel is also the one asked for by its id.
  const knownById = (found: unknown, read: Promise<unknown>) => {
    const id = (found as { value?: { id?: unknown } } | undefined)?.value?.id;
    if (typeof id === 'string') shared.set(`communities.get:${JSON.stringify([id])}`, read);
  };
  const wrap = <T extends object>(name: keyof Store, repo: T): T => {
    const reads = SHARED_READS[name] ?? [];
    return new Proxy(repo, {
      get(target, method: string) {
        const call = Reflect.get(target, method) as unknown;
        if (typeof call !== 'function') return call;
        const fn = call as (...args: unknown[]) => unknown;
        if (!reads.includes(method))
          return (...args: unknown[]) => {
            forget(name);
            const out = fn.apply(target, args);
            // And again once it is done: a read made while it ran may have seen what was there before.
            if (out instanceof Promise)
              out.then(
                () => forget(name),
                () => forget(name),
              );
            return out;
          };
        return (...args: unknown[]) => {
          if (!open) return fn.apply(target, args);
          const key = `${String(name)}.${method}:${JSON.stringify(args)}`;
          const known = shared.get(key);
          if (known) return known;
          const read = fn.apply(target, args) as Promise<unknown>;
          shared.set(key, read);
          // A read started early that fails is answered to whoever asks for it; unasked, it must not crash us.
          read.then(
            (found) => shared.get(key) === read && method === 'findByChannel' && knownById(found, read),
            () => shared.get(key) === read && shared.delete(key),
          );
          return read;
        };
      },
    });
  };
  const view = Object.fromEntries(
    Object.entries(store).map(([name, part]) => [
      name,
      typeof part === 'object' && part !== null ? wrap(name as keyof Store, part) : part,
    ]),
  ) as unknown as Store;
  return {
    store: view,
    end: () => {
      open = false;
      shared.clear();
    },
  };
}
