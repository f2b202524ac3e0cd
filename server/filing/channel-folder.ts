import type { Client } from '@microsoft/microsoft-graph-client';
import { FilingError } from './filing-error';
import { asFilingError, encodePath, graphCall, isStatus, type DriveItem, type GraphActor } from './graph-calls';

/** The folder a channel's reports go to: on the channel's own drive (shared and private channels have their own). */
export interface ReportFolder {
  driveId: string;
  folderId: string;
  webUrl: string;
}

export interface ChannelAddress {
  graphTeamId: string;
  channelId: string;
}

/**
 * Finds the channel's Files folder and, under it, the reports folder (`Leerkring/Verslagen`, `Leerkring/Reports`),
 * creating what is missing. Resolved per channel on every attempt, never assumed from another channel.
 */
export async function resolveReportFolder(
  client: Client,
  actor: GraphActor,
  channel: ChannelAddress,
  folderPath: string[],
): Promise<ReportFolder> {
  const root = await channelFilesFolder(client, actor, channel);
  const driveId = root.parentReference?.driveId;
  if (!driveId) throw FilingError.transient('filesFolder: the answer names no drive');
  const existing = await findChild(client, actor, driveId, root.id, folderPath);
  const folder = existing ?? (await createPath(client, actor, driveId, root.id, folderPath));
  return { driveId, folderId: folder.id, webUrl: folder.webUrl };
}

/**
 * GET /teams/{team-id}/channels/{channel-id}/filesFolder. Graph answers 400 for a channel whose name holds some special
 * characters (~ # % & * { } + / \ : < > ? | ‘ ”): that will not pass by retrying, so it stops the job with a
 * message that asks to rename the channel.
 */
async function channelFilesFolder(client: Client, actor: GraphActor, channel: ChannelAddress): Promise<DriveItem> {
  const path = `/teams/${encodePath(channel.graphTeamId)}/channels/${encodePath(channel.channelId)}/filesFolder`;
  try {
    return (await client.api(path).get()) as DriveItem;
  } catch (error) {
    if (isStatus(error, 400))
      throw FilingError.permanent(
        'channelName',
        'filesFolder: Graph answered 400 (special characters in the channel name)',
      );
    throw asFilingError('filesFolder', actor, error);
  }
}

const findChild = (
  client: Client,
  actor: GraphActor,
  driveId: string,
  parentId: string,
  path: string[],
): Promise<DriveItem | undefined> =>
  graphCall(
    'find folder',
    actor,
    async () =>
      (await client
        .api(`/drives/${encodePath(driveId)}/items/${encodePath(parentId)}:/${encodePath(...path)}`)
        .get()) as DriveItem,
    () => Promise.resolve(undefined),
  );

async function createPath(
  client: Client,
  actor: GraphActor,
  driveId: string,
  parentId: string,
  path: string[],
): Promise<DriveItem> {
  let parent: DriveItem | undefined;
  for (const name of path) {
    const parentOf = parent?.id ?? parentId;
    parent =
      (await findChild(client, actor, driveId, parentOf, [name])) ??
      (await createFolder(client, actor, driveId, parentOf, name));
  }
  if (!parent) throw new Error('report folder path is empty');
  return parent;
}

/** Creates a folder; when another instance created it first (409), uses theirs. */
async function createFolder(
  client: Client,
  actor: GraphActor,
  driveId: string,
  parentId: string,
  name: string,
): Promise<DriveItem> {
  const body = { name, folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
  try {
    return (await client
      .api(`/drives/${encodePath(driveId)}/items/${encodePath(parentId)}/children`)
      .post(body)) as DriveItem;
  } catch (error) {
    if (!isStatus(error, 409)) throw asFilingError('create folder', actor, error);
    const theirs = await findChild(client, actor, driveId, parentId, [name]);
    if (!theirs) throw FilingError.transient('create folder: 409 but the folder is not there');
    return theirs;
  }
}
