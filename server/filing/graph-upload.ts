import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { ReportFolder } from './channel-folder';
import { FilingError } from './filing-error';
import { encodePath, graphCall, type DriveItem, type GraphActor } from './graph-calls';
import { describe, RETRY_STATUSES, retryAfterMs, sendWithRetry, type UploadRetryOptions } from './upload-retry';

export interface UploadOptions {
  /**
   * Files below this size go in one PUT …/content (Graph's classic limit is 4 MB); larger ones in an upload session.
   */
  simpleLimit: number;
  /** Bytes per upload-session request: a multiple of 320 KiB, below 60 MiB (Graph's rule). */
  chunkSize: number;
  /** How often an expired upload session is replaced by a new one within one attempt. */
  maxSessionRestarts: number;
  retry: UploadRetryOptions;
}

const KIB_320 = 320 * 1024;

export const defaultUploadOptions = (retry: UploadRetryOptions): UploadOptions => ({
  simpleLimit: 4 * 1024 * 1024,
  chunkSize: 10 * KIB_320,
  maxSessionRestarts: 2,
  retry,
});

interface Upload {
  client: Client;
  actor: GraphActor;
  folder: ReportFolder;
  name: string;
  bytes: Buffer;
  options: UploadOptions;
}

/** Uploads a file into the folder, replacing a file of the same name (so filing a report again never duplicates it). */
export function uploadFile(upload: Upload): Promise<DriveItem> {
  return upload.bytes.length < upload.options.simpleLimit ? uploadSmall(upload) : uploadLarge(upload);
}

const itemPath = ({ folder, name }: Upload): string =>
  `/drives/${encodePath(folder.driveId)}/items/${encodePath(folder.folderId)}:/${encodePath(name)}:`;

/**
 * PUT /drives/{drive-id}/items/{parent-id}:/{filename}:/content, retried here because RetryHandler skips binary bodies.
 */
async function uploadSmall(upload: Upload): Promise<DriveItem> {
  const what = `upload ${upload.name}`;
  const send = () =>
    upload.client
      .api(`${itemPath(upload)}/content?@microsoft.graph.conflictBehavior=replace`)
      .header('Content-Type', 'application/octet-stream')
      .responseType(ResponseType.RAW)
      .put(upload.bytes) as Promise<Response>;
  const response = await sendWithRetry(what, send, upload.options.retry);
  if (response.ok) return (await response.json()) as DriveItem;
  throw await failure(what, upload.actor, response);
}

/**
 * An upload session on the channel's drive (not the library's default, the user's own drive), restarted when it
 * expires.
 */
async function uploadLarge(upload: Upload): Promise<DriveItem> {
  for (let session = 0; session <= upload.options.maxSessionRestarts; session++) {
    const { uploadUrl } = await createUploadSession(upload);
    const item = await sendSlices(uploadUrl, upload);
    if (item !== 'expired') return item;
  }
  throw FilingError.transient(`upload ${upload.name}: the upload session kept expiring`);
}

const createUploadSession = (upload: Upload): Promise<{ uploadUrl: string }> =>
  graphCall(
    `upload session for ${upload.name}`,
    upload.actor,
    async () =>
      (await upload.client
        .api(`${itemPath(upload)}/createUploadSession`)
        .post({ item: { '@microsoft.graph.conflictBehavior': 'replace' } })) as { uploadUrl: string },
  );

/**
 * PUTs the bytes to the session's pre-authenticated URL (no Authorization header, as Graph asks) in Content-Range
 * slices, from wherever the server says it expects the next byte: after a dropped connection, a throttled slice or
 * a 416 the session's status (nextExpectedRanges) tells where to go on. 'expired' when the session is gone (404).
 */
async function sendSlices(uploadUrl: string, upload: Upload): Promise<DriveItem | 'expired'> {
  const { bytes, options } = upload;
  let offset = 0;
  for (let failures = 0; ;) {
    const end = Math.min(offset + options.chunkSize, bytes.length) - 1;
    const range = { 'Content-Range': `bytes ${offset}-${end}/${bytes.length}` };
    let response: Response;
    try {
      response = await fetch(uploadUrl, {
        method: 'PUT',
        headers: range,
        body: bytes.subarray(offset, end + 1) as Uint8Array<ArrayBuffer>,
      });
    } catch (error) {
      failures = await afterFailure(upload, failures, `dropped (${describe(error)})`);
      const resumed = await resumeAt(uploadUrl, upload);
      if (resumed === 'expired') return 'expired';
      offset = resumed;
      continue;
    }
    if (response.status === 202) {
      offset = firstExpected((await response.json()) as SessionStatus);
      failures = 0;
    } else if (response.status === 200 || response.status === 201) {
      return (await response.json()) as DriveItem;
    } else if (response.status === 404) {
      return 'expired';
    } else if (RETRY_STATUSES.has(response.status) || response.status === 416) {
      failures = await afterFailure(upload, failures, `answered ${response.status}`, retryAfterMs(response.headers));
      await response.body?.cancel();
      const resumed = await resumeAt(uploadUrl, upload);
      if (resumed === 'expired') return 'expired';
      offset = resumed;
    } else {
      throw await failure(`upload ${upload.name}`, upload.actor, response);
    }
  }
}

interface SessionStatus {
  nextExpectedRanges?: string[];
}

/** GET on the upload URL: where the session expects the next byte. */
async function resumeAt(uploadUrl: string, upload: Upload): Promise<number | 'expired'> {
  const response = await sendWithRetry(
    `status of the upload of ${upload.name}`,
    () => fetch(uploadUrl),
    upload.options.retry,
  );
  if (response.status === 404) return 'expired';
  if (!response.ok) throw await failure(`status of the upload of ${upload.name}`, upload.actor, response);
  return firstExpected((await response.json()) as SessionStatus);
}

function firstExpected(status: SessionStatus): number {
  const first = status.nextExpectedRanges?.[0];
  const start = first === undefined ? NaN : Number(first.split('-')[0]);
  if (Number.isNaN(start)) throw FilingError.transient('upload session: no next expected range');
  return start;
}

/**
 * Waits before going on (Retry-After when given), or ends the attempt after too many failures or a long Retry-After.
 */
async function afterFailure(upload: Upload, failures: number, what: string, retryAfter?: number): Promise<number> {
  const { retry } = upload.options;
  const wait = retryAfter ?? retry.backoffMs(failures);
  if (failures + 1 >= retry.maxTries || wait > retry.maxInlineWaitMs) {
    throw FilingError.transient(`upload ${upload.name}: ${what}`, retryAfter);
  }
  await retry.sleep(wait);
  return failures + 1;
}

async function failure(what: string, actor: GraphActor, response: Response): Promise<FilingError> {
  await response.body?.cancel();
  const message = `${what}: Graph answered ${response.status}`;
  if (response.status === 401 && actor === 'delegated') return FilingError.signIn(message);
  if (response.status === 401 || response.status === 403) return FilingError.permanent('permissions', message);
  return FilingError.transient(message, retryAfterMs(response.headers));
}
