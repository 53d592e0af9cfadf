export type TreeNode<T> = T & { children: TreeNode<T>[] };

/**
 * Nests goals under their parents (macro → meso → micro). A goal whose parent is not among
 * `goals` becomes a root, so an unaligned meso or micro still shows up.
 */
export function buildGoalTree<
  T extends { id: string; parentId: string | null; position: number; periodStart: string },
>(goals: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>(goals.map((g) => [g.id, { ...g, children: [] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const order = (a: TreeNode<T>, b: TreeNode<T>) =>
    a.position - b.position ||
    a.periodStart.localeCompare(b.periodStart) ||
    a.id.localeCompare(b.id);
  const sortDeep = (list: TreeNode<T>[]) => {
    list.sort(order);
    for (const node of list) sortDeep(node.children);
  };
  sortDeep(roots);
  return roots;
}
