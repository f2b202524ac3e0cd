/**
 * A documents collection, declared once beside the type of its documents: its name in the store and how a stored
 * record becomes a `T`. `read` runs on every read, so a record written by an older version comes back in today's
 * shape (a field added since gets its default); it never writes the record back.
 */
export interface Collection<T> {
  readonly name: string;
  readonly read: (raw: unknown) => T;
}

/** `read` defaults to taking the record as it is: for collections whose shape never changed. */
export const collection = <T>(name: string, read: (raw: unknown) => T = (raw) => raw as T): Collection<T> => ({
  name,
  read,
});
