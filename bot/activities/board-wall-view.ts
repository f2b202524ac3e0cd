import { sharedPostIts, type PostIt } from '../../domain/activities/board/board';
import { boardHidden } from '../../domain/activities/board/board-visibility';
import type { Contribution } from '../../domain/ports';
import type { Session } from '../../domain/session/session';
import type { BotServices } from '../bot-services';
import type { WallView } from '../cards/board-wall';
import { agendaTabUrl } from '../tab-link';

/** What the group sees of a board's post-its on the shared card: newest first, no names. */
export async function wallView(
  services: BotServices,
  session: Session,
  phaseIndex: number,
  all: readonly Contribution<PostIt>[],
): Promise<WallView> {
  const community = await services.deps.store.communities.get(session.communityId);
  // Reversed first: the store lists in the order written, which decides between post-its of the same instant.
  const newestFirst = sharedPostIts(all)
    .reverse()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return {
    postIts: newestFirst.map((p) => ({ id: p.id, text: p.data.text, category: p.data.category })),
    hiddenUntilReveal: boardHidden(session, phaseIndex),
    tabUrl: community ? agendaTabUrl(services, community.value.channel) : services.publicUrl,
  };
}
