interface Node<T> {
  value: T;
  children: Node<T>[];
}
interface Visitor<T, R> {
  visit(node: Node<T>): R;
}
function depth<T>(n: Node<T>): number {
  return 1 + n.children.reduce((m, c) => Math.max(m, depth(c)), 0);
}
const counter: Visitor<string, number> = {
  visit(node) {
    return node.value.length + node.children.length;
  },
};
const tree: Node<string> = { value: "root", children: [{ value: "leaf", children: [] }] };
export function handler(_req: Request): Response {
  return Response.json({ d: depth(tree), c: counter.visit(tree) });
}
