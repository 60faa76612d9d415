// The syntax tree's last line of defence against deep nesting. guard.ts keeps quotes and lists shallow
// before parsing, but inline constructs can nest too (`*a *b *c …` a thousand deep); the tree transforms
// after the parser (mdast → hast → React) recurse once per level and would overflow the call stack.
// Every node deeper than the cap is replaced by its source as plain text, walking the tree without
// recursion.
import type { Nodes, Paragraph, Parent, Root, Text } from "mdast";

/** Levels below the root kept as structure; deeper content becomes plain text. */
export const MAX_TREE_DEPTH = 40;

const PHRASING_PARENTS = new Set([
  "paragraph",
  "heading",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
  "tableCell",
]);

function sourceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) return source.slice(start, end);
  // Without positions, the text it holds (collected without recursion).
  let text = "";
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const next = stack.pop() as Nodes;
    if ("value" in next && typeof next.value === "string") text += next.value;
    if ("children" in next)
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Nodes);
  }
  return text;
}

/** A node that shows `text` as it was written: inline as text, between blocks as a pre-wrapped paragraph. */
function plainNode(text: string, inline: boolean): Text | Paragraph {
  const value: Text = { type: "text", value: text };
  if (inline) return value;
  return { type: "paragraph", data: { hProperties: { className: ["md-plain"] } }, children: [value] };
}

/** Replaces, in place, every node nested deeper than `max` below the root by its source text. */
export function capDepth(tree: Root, source: string, max = MAX_TREE_DEPTH): Root {
  const stack: Array<{ node: Parent; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Parent; depth: number };
    const inline = PHRASING_PARENTS.has(node.type);
    node.children.forEach((child, i) => {
      if (!("children" in child)) return;
      // Its children would pass the cap (and a block's replacement holds one more level: its text).
      if (depth + 2 >= max) {
        node.children[i] = plainNode(
          sourceOf(child as Nodes, source),
          inline,
        ) as (typeof node.children)[number];
      } else {
        stack.push({ node: child as Parent, depth: depth + 1 });
      }
    });
  }
  return tree;
}

/** A unified plugin: caps the tree right after parsing, before any other transform walks it. */
export function remarkDepthCap() {
  return (tree: Root, file: { value: unknown }) => {
    capDepth(tree, String(file.value));
  };
}
