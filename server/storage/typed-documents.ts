import type { Collection } from '../../domain/collection';
import type { DocumentRepository, SaveOutcome, Stored, StoredDocument, Version } from '../../domain/ports';

/** What a backend stores: JSON documents by collection name, as they were written. */
export interface RawDocumentRepository {
  get(collection: string, id: string): Promise<Stored<unknown> | undefined>;
  list(collection: string, idPrefix?: string): Promise<StoredDocument<unknown>[]>;
  save(collection: string, id: string, value: unknown, expected: Version | null): Promise<SaveOutcome>;
  remove(collection: string, id: string, expected: Version): Promise<SaveOutcome>;
}

/** The port over a backend's documents: every read goes through the collection's `read`, so no backend can skip it. */
export function typedDocuments(raw: RawDocumentRepository): DocumentRepository {
  return {
    get: async <T>(c: Collection<T>, id: string): Promise<Stored<T> | undefined> => {
      const stored = await raw.get(c.name, id);
      return stored && { value: c.read(stored.value), version: stored.version };
    },
    list: async <T>(c: Collection<T>, idPrefix?: string): Promise<StoredDocument<T>[]> =>
      (await raw.list(c.name, idPrefix)).map((d) => ({ id: d.id, value: c.read(d.value), version: d.version })),
    save: (c, id, value, expected) => raw.save(c.name, id, value, expected),
    remove: (c, id, expected) => raw.remove(c.name, id, expected),
  };
}
