import { sharedPostIts, type PostIt } from '../activities/board/board';
import type { Contribution } from '../ports';
import type { PostItGroup } from './report-model';

const clusterOf = (postIt: Contribution<PostIt>): string | undefined => {
  const cluster = postIt.data.cluster;
  return typeof cluster === 'string' && cluster.trim() !== '' ? cluster.trim() : undefined;
};

/**
 * The post-its that still count: a facilitator may drop some while condensing, or take one that does not belong off
 * the board (nothing is deleted).
 */
export const keptPostIts = (postIts: readonly Contribution<PostIt>[]): Contribution<PostIt>[] =>
  sharedPostIts(postIts).filter((p) => p.data.dropped !== true);

/**
 * The post-its of a board in groups: by cluster when members clustered them (the biggest first, the
 * unclustered last), else by the board's categories in the board's order, else as one group.
 */
export function groupPostIts(postIts: readonly Contribution<PostIt>[], categories: readonly string[]): PostItGroup[] {
  const item = (p: Contribution<PostIt>) => ({ id: p.id, text: p.data.text });
  if (postIts.some((p) => clusterOf(p) !== undefined)) {
    const byCluster = new Map<string, PostItGroup>();
    const loose: PostItGroup = { kind: 'none', label: '', items: [] };
    for (const p of postIts) {
      const cluster = clusterOf(p);
      if (cluster === undefined) {
        loose.items.push(item(p));
        continue;
      }
      const group = byCluster.get(cluster.toLocaleLowerCase()) ?? {
        kind: 'cluster' as const,
        label: cluster,
        items: [],
      };
      group.items.push(item(p));
      byCluster.set(cluster.toLocaleLowerCase(), group);
    }
    const clusters = [...byCluster.values()].sort((a, b) => b.items.length - a.items.length);
    return loose.items.length > 0 ? [...clusters, loose] : clusters;
  }
  if (categories.length > 0) {
    return categories
      .map((category) => ({
        kind: 'category' as const,
        label: category,
        items: postIts.filter((p) => p.data.category === category).map(item),
      }))
      .filter((g) => g.items.length > 0);
  }
  return postIts.length > 0 ? [{ kind: 'none', label: '', items: postIts.map(item) }] : [];
}
