/** Bot Framework activities as Teams sends them, for tests and the benchmark. */
export interface TestUser {
  id: string;
  name: string;
  aadObjectId?: string;
}

export const TEAM = { id: '19:team-plg-af@thread.tacv2', name: 'PLG Anatomie & Fysiologie' };
export const CHANNEL = { id: '19:channel-bijeenkomsten@thread.tacv2', name: 'Bijeenkomsten' };
export const BOT = { id: '28:leerkring-bot', name: 'Leerkring' };
/** A scheduled Teams meeting: its own group chat, as the Bot Connector names it. */
export const MEETING = {
  id: 'MCMxOTptZWV0aW5nX1pqRTBaVEk0@thread.v2',
  chatId: '19:meeting_ZjE0ZTI4NDctOTQ2@thread.v2',
};
/** A channel meeting: its chat is a thread of the channel, the meeting's first message. */
export const CHANNEL_MEETING = { id: 'MCMxOTpjaGFubmVsX21lZXRpbmc=@thread.tacv2', messageId: '1700000099999' };

export const users = {
  griet: { id: '29:griet', name: 'Griet Van Damme', aadObjectId: 'aad-griet' },
  pieter: { id: '29:pieter', name: 'Pieter Claes', aadObjectId: 'aad-pieter' },
  lotte: { id: '29:lotte', name: 'Lotte Janssens', aadObjectId: 'aad-lotte' },
} satisfies Record<string, TestUser>;

let counter = 0;

interface Where {
  serviceUrl: string;
  locale?: string;
  /** `meeting`: a scheduled meeting's chat; `channelMeeting`: a meeting held in the channel, in its thread. */
  scope?: 'channel' | 'personal' | 'meeting' | 'channelMeeting';
  /** Another meeting chat than MEETING's (a second meeting). */
  chatId?: string;
  /** In a meeting chat, leave out `channelData.meeting`, as not every activity there carries it. */
  withoutMeetingId?: boolean;
}

const conversations = (from: TestUser, where: Where) => ({
  channel: {
    conversation: {
      id: `${CHANNEL.id};messageid=1700000000000`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: 'tenant-1',
    },
    channelData: { team: TEAM, channel: CHANNEL, tenant: { id: 'tenant-1' } },
  },
  personal: {
    conversation: { id: `a:personal-${from.id}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
  },
  meeting: {
    conversation: {
      id: where.chatId ?? MEETING.chatId,
      conversationType: 'groupChat',
      isGroup: true,
      tenantId: 'tenant-1',
    },
    channelData: {
      tenant: { id: 'tenant-1' },
      ...(where.withoutMeetingId ? {} : { meeting: { id: where.chatId ? `meeting-of-${where.chatId}` : MEETING.id } }),
    },
  },
  channelMeeting: {
    conversation: {
      id: `${CHANNEL.id};messageid=${CHANNEL_MEETING.messageId}`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: 'tenant-1',
    },
    channelData: { team: TEAM, channel: CHANNEL, tenant: { id: 'tenant-1' }, meeting: { id: CHANNEL_MEETING.id } },
  },
});

function base(from: TestUser, where: Where): Record<string, unknown> {
  return {
    id: `incoming-${++counter}`,
    channelId: 'msteams',
    serviceUrl: where.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: where.locale ?? 'nl-BE',
    from: { ...from, aadObjectId: from.aadObjectId },
    recipient: BOT,
    ...conversations(from, where)[where.scope ?? 'channel'],
  };
}

/** A message that @mentions the bot in the channel (or plain text in a personal chat). */
export function message(text: string, from: TestUser, where: Where): Record<string, unknown> {
  const channel = where.scope !== 'personal';
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(from, where),
    type: 'message',
    text: channel ? `${mention} ${text}` : text,
    textFormat: 'plain',
    entities: channel ? [{ type: 'mention', text: mention, mentioned: BOT }] : [],
  };
}

/** An invoke from the card in the thread (`replyToId`): a button's click, a dialog's fetch or submit. */
const invoke = (from: TestUser, where: Where, name: string, value: object): Record<string, unknown> => ({
  ...base(from, where),
  type: 'invoke',
  name,
  replyToId: 'activity-1',
  value,
});

/** A click on an Action.Execute button: the `adaptiveCard/action` invoke. */
export const cardAction = (
  verb: string,
  data: Record<string, unknown>,
  from: TestUser,
  where: Where,
): Record<string, unknown> =>
  invoke(from, where, 'adaptiveCard/action', { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' });

export function installation(from: TestUser, where: Where): Record<string, unknown> {
  return { ...base(from, where), type: 'installationUpdate', action: 'add' };
}

/** A dialog's invoke as Teams sends it: `task/fetch` when a card's button opens it, `task/submit` when it is sent. */
export const taskInvoke = (
  name: 'task/fetch' | 'task/submit',
  data: Record<string, unknown>,
  from: TestUser,
  where: Where,
): Record<string, unknown> => invoke(from, where, name, { data, context: { theme: 'default' } });
