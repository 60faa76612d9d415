import { fromMarkdown } from "mdast-util-from-markdown";
import { toHast } from "mdast-util-to-hast";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { capDepth, MAX_TREE_DEPTH } from "./depth-cap";

function depthOf(node: Nodes): number {
  let max = 0;
  const stack: Array<[Nodes, number]> = [[node, 0]];
  while (stack.length > 0) {
    const [next, depth] = stack.pop() as [Nodes, number];
    max = Math.max(max, depth);
    if ("children" in next) for (const child of next.children) stack.push([child as Nodes, depth + 1]);
  }
  return max;
}

describe("capDepth", () => {
  it("turns emphasis nested 400 deep into text below the cap, so the tree transforms cannot overflow", () => {
    const source = "*a ".repeat(400) + "x" + " a*".repeat(400);
    const tree = fromMarkdown(source);
    expect(depthOf(tree)).toBeGreaterThan(MAX_TREE_DEPTH);
    capDepth(tree, source);
    expect(depthOf(tree)).toBeLessThanOrEqual(MAX_TREE_DEPTH);
    expect(() => toHast(tree)).not.toThrow();
  });

  it("keeps the deep part's source text, inline within a paragraph", () => {
    const source = "*a ".repeat(60) + "x" + " a*".repeat(60);
    const tree = capDepth(fromMarkdown(source), source);
    const texts: string[] = [];
    const stack: Nodes[] = [tree];
    while (stack.length > 0) {
      const next = stack.pop() as Nodes;
      if (next.type === "text") texts.push(next.value);
      if (next.type === "paragraph") expect(next.data?.hProperties).toBeUndefined();
      if ("children" in next) stack.push(...(next.children as Nodes[]));
    }
    const plain = texts.find((t) => t.startsWith("*a"));
    expect(plain).toBeDefined();
    expect(source).toContain(plain as string);
  });

  it("puts a deep block between blocks as a pre-wrapped paragraph of its source", () => {
    const source = ">".repeat(10) + " deep\n> > line";
    const tree = capDepth(fromMarkdown(source), source, 4);
    expect(depthOf(tree)).toBeLessThanOrEqual(4);
    const hast = toHast(tree);
    expect(JSON.stringify(hast)).toContain('"className":["md-plain"]');
    expect(JSON.stringify(hast)).toContain("deep");
  });

  it("leaves a tree within the cap untouched", () => {
    const source = "# Title\n\n- a\n  - b **bold *both***\n\n> quote\n";
    const tree = fromMarkdown(source);
    const before = JSON.stringify(tree);
    expect(JSON.stringify(capDepth(tree, source))).toBe(before);
  });
});
