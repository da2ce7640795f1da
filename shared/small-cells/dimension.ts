/**
 * One way of cutting the answers (time, place, language, repeats, value) as a tree: a root that
 * holds everything, and under each node the nodes that add up to it (a year's quarters, a
 * centre's kiosks). Every figure a report can show is one node of each dimension's tree.
 */
export type Dimension = {
  /** The node names, root first; a node's parent always comes before it. */
  readonly keys: readonly string[];
  /** The index of each node's parent; -1 for the root. */
  readonly parent: Int32Array;
  readonly children: readonly (readonly number[])[];
  readonly indexOf: ReadonlyMap<string, number>;
};

/**
 * The tree holding the given paths, each a list of node names from just below the root down to a
 * leaf, e.g. ['2026', '2026-Q4', '2026-11']. Nodes are listed in the order first seen.
 */
export function dimensionFromPaths(root: string, paths: Iterable<readonly string[]>): Dimension {
  const keys = [root];
  const parents = [-1];
  const indexOf = new Map([[root, 0]]);
  for (const path of paths) {
    let parent = 0;
    for (const key of path) {
      let index = indexOf.get(key);
      if (index === undefined) {
        index = keys.length;
        keys.push(key);
        parents.push(parent);
        indexOf.set(key, index);
      } else if (parents[index] !== parent) {
        throw new Error(`${key} appears under two parents`);
      }
      parent = index;
    }
  }
  const children: number[][] = keys.map(() => []);
  for (let index = 1; index < keys.length; index += 1) children[parents[index]!]!.push(index);
  return { keys, parent: Int32Array.from(parents), children, indexOf };
}
