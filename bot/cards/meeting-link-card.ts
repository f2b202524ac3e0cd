import type { Community } from '../../domain/community/community';
import type { Translate } from '../../i18n/t';
import { adaptiveCard, execute, heading, text, type AdaptiveCard } from './card-kit';

export const MEETING_VERBS = { link: 'meeting.link' } as const;

/** What a link button sends back: the community, and the format the facilitator typed after /start-session. */
export interface MeetingLinkData {
  communityId: string;
  format: string;
}

/** `/start-session` in a meeting chat not linked yet: the communities the facilitator may link it to, a button each. */
export function meetingLinkCard(communities: readonly Community[], format: string, t: Translate): AdaptiveCard {
  const actions = communities.map((c) =>
    execute(t('meeting.link.choose', { name: c.name }), MEETING_VERBS.link, {
      communityId: c.id,
      format,
    } satisfies MeetingLinkData),
  );
  return adaptiveCard([heading(t('meeting.link.title')), text(t('meeting.link.explain'))], actions);
}
