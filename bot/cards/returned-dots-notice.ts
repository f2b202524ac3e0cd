import type { MovedDots, ReturnedDots } from '../../domain/activities/dot-vote/returned-dots';
import type { Translate } from '../../i18n/t';
import { container, text, type CardElement } from './card-kit';

const RETURNED_KEYS = { dropped: 'vote.returnedDropped', split: 'vote.returnedSplit', full: 'vote.returnedFull' };

/**
 * What happened to a member's dots since the facilitator merged or left out ideas: the ones that came back (to place
 * again) and the ones that moved into a cluster. Nothing when nothing happened.
 */
export function returnedDotsNotice(returned: readonly ReturnedDots[], moved: readonly MovedDots[], t: Translate) {
  const back = returned.reduce((sum, r) => sum + r.dots, 0);
  const lines: CardElement[] = [
    ...(back > 0 ? [text(t('vote.returned', { count: back }), { weight: 'Bolder', color: 'Attention' })] : []),
    ...returned.map((r) => text(t(RETURNED_KEYS[r.reason], { text: r.text, into: r.into ?? '', count: r.dots }))),
    ...moved.map((m) => text(t('vote.moved', { text: m.text, into: m.into, count: m.dots }), { subtle: true })),
  ];
  return lines.length ? [container(lines, { style: 'emphasis', spacing: 'Medium' })] : [];
}
