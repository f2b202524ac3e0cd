import { shortId } from '../../short-id';
import type { PostIt } from '../board/board';
import type { Idea } from './dot-vote';

/**
 * What a dot-vote is on once condensed: each cluster under its title (`cluster` set to it), and each idea left on its
 * own. Dropped post-its are not candidates. `postIts` are the post-its a candidate stands for.
 */
export interface Candidate extends Idea {
  postIts: string[];
}

/** A cluster's id comes from its title, so it stays the same while post-its join or leave it. */
export const clusterId = (title: string): string => shortId(`cluster:${title}`);

/** The candidates of condensed post-its: clusters in the order they first appear, then the ideas on their own. */
export function candidatesOf(postIts: readonly { id: string; data: PostIt }[]): Candidate[] {
  const clusters = new Map<string, Candidate>();
  const singles: Candidate[] = [];
  for (const { id, data } of postIts) {
    if (data.dropped) continue;
    if (!data.cluster) {
      singles.push({ id, text: data.text, postIts: [id] });
      continue;
    }
    const cluster = clusters.get(data.cluster) ?? {
      id: clusterId(data.cluster),
      text: data.cluster,
      cluster: data.cluster,
      postIts: [],
    };
    cluster.postIts.push(id);
    clusters.set(data.cluster, cluster);
  }
  return [...clusters.values(), ...singles];
}
