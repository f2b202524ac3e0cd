import type { TurnContext } from 'botbuilder';
import type { Person } from '../domain/community/community';

interface MentionEntity {
  type?: string;
  mentioned?: { id?: string; name?: string; aadObjectId?: string };
}

/**
 * The first person @mentioned in the message other than the bot itself, as Teams names them: their id, name and,
 * when Teams gives it, their Entra object id (so someone who never joined can still be found by the tab).
 */
export function mentionedPerson(context: TurnContext): Person | undefined {
  const botId = context.activity.recipient.id;
  for (const entity of (context.activity.entities ?? []) as MentionEntity[]) {
    const who = entity.mentioned;
    if (entity.type !== 'mention' || !who?.id || who.id === botId) continue;
    return { userId: who.id, name: who.name ?? who.id, ...(who.aadObjectId ? { aadObjectId: who.aadObjectId } : {}) };
  }
  return undefined;
}
