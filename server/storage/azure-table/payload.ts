import { deflateSync, inflateSync, strToU8, strFromU8 } from 'fflate';
import type { Stored } from '../../../domain/ports';

/**
 * A record's JSON in entity properties. Azure Table allows 64 KiB per property and 1 MiB per entity,
 * strings counted in UTF-16. Small JSON (nearly everything) is one readable string, `data`. Larger JSON
 * is deflated and split over binary properties `z0`, `z1`, … with their count in `zn`; `zn` 0 means
 * `data` holds it. Both are always written, so a Merge that shrinks a record leaves no stale reading.
 */
export interface PayloadProperties {
  data: string;
  zn: number;
  [chunk: `z${number}`]: Uint8Array;
}

/** 32 K UTF-16 units = 64 KiB, less a margin. */
const MAX_STRING = 30_000;
const CHUNK_BYTES = 64 * 1024;
/**
 * What fits in one entity: Azure counts binary properties by their bytes (1 MiB in all), Azurite measures
 * an update's JSON body, where binary is base64 (4/3 as long), against 1 MiB. This keeps within both.
 */
export const MAX_STORED_BYTES = 750_000;

export class RecordTooLargeError extends Error {}

export function toProperties(value: unknown): PayloadProperties {
  const json = JSON.stringify(value);
  if (json.length <= MAX_STRING) return { data: json, zn: 0 };
  const packed = deflateSync(strToU8(json), { level: 6 });
  if (packed.length > MAX_STORED_BYTES) {
    throw new RecordTooLargeError(
      `A record is too large for Azure Table storage: ${json.length} characters of JSON ` +
        `take ${packed.length} bytes compressed, at most ${MAX_STORED_BYTES} fit.`,
    );
  }
  const properties: PayloadProperties = { data: '', zn: Math.ceil(packed.length / CHUNK_BYTES) };
  // Copies, not views: the SDK sends a view's whole underlying buffer.
  for (let i = 0; i < properties.zn; i++) properties[`z${i}`] = packed.slice(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES);
  return properties;
}

export const fromProperties = <T>(entity: Record<string, unknown>): T => JSON.parse(storedJson(entity)) as T;

/** A read entity as a stored record: its value, with its ETag as the version. */
export const storedOf = <T>(entity: (Record<string, unknown> & { etag: string }) | undefined): Stored<T> | undefined =>
  entity && { value: fromProperties<T>(entity), version: entity.etag };

/** The JSON text a record was stored as. */
export function storedJson(entity: Record<string, unknown>): string {
  const count = typeof entity.zn === 'number' ? entity.zn : 0;
  if (count === 0) return String(entity.data);
  const chunks = Array.from({ length: count }, (_, i) => entity[`z${i}`]);
  if (!chunks.every((c): c is Uint8Array => c instanceof Uint8Array))
    throw new Error('A stored record is missing part of its data.');
  const packed = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    packed.set(chunk, at);
    at += chunk.length;
  }
  return strFromU8(inflateSync(packed));
}
