// Where a query occurs in rendered text, as DOM Ranges: for highlighting matches (CSS Custom
// Highlight API, which leaves React's DOM untouched) and for scrolling one into view.
import { foldQuery, foldWithMap, occurrences, sourceRange } from "../../../lib/search/fold";

/** Elements whose text belongs to the app, not to the message (e.g. a code block's language label). */
const IGNORED = "[data-find-ignore], button, [aria-hidden='true']";
/** Elements that start a new line on screen: text on either side of them does not run together. */
const BLOCK = "P,LI,TD,TH,PRE,H1,H2,H3,H4,H5,H6,BLOCKQUOTE,DIV,TR,TABLE,UL,OL,DETAILS,SUMMARY,BR,HR";
const blockTags = new Set(BLOCK.split(","));

function blockOf(node: Node, root: Element): Element {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (blockTags.has(el.tagName)) return el;
  }
  return root;
}

interface TextIndex {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's text starts. */
  starts: number[];
}

function indexText(root: Element): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = "";
  let lastBlock: Element | null = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(IGNORED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node, root);
    // Cells and paragraphs are apart on screen: their texts meet at a space, as in search's text.
    if (lastBlock !== null && block !== lastBlock) text += "\n";
    lastBlock = block;
    nodes.push(node as Text);
    starts.push(text.length);
    text += (node as Text).data;
  }
  return { text, nodes, starts };
}

/** The node holding offset `at`, searching from the right (an offset on a boundary belongs to the node after it). */
function locate(index: TextIndex, at: number, end: boolean): [Text, number] | null {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = index.starts[mid] ?? 0;
    if (start < at || (!end && start === at)) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  if (!node) return null;
  const offset = Math.min(Math.max(at - (index.starts[lo] ?? 0), 0), node.data.length);
  return [node, offset];
}

/** Ranges of every occurrence of `query` (folded, like search) in the text under `root`, in order. */
export function matchRanges(root: Element, query: string): Range[] {
  const q = foldQuery(query);
  if (!q) return [];
  const index = indexText(root);
  const folded = foldWithMap(index.text);
  const ranges: Range[] = [];
  for (const at of occurrences(folded.text, q)) {
    const [start, end] = sourceRange(folded, at, at + q.length);
    const from = locate(index, start, false);
    const to = locate(index, end, true);
    if (!from || !to) continue;
    const range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    ranges.push(range);
  }
  return ranges;
}

/**
 * Scrolls `scroller` (and any scrolling box in between, such as a wide code block or table) so that
 * `range` is in view, centred vertically when it was outside the view. Returns whether it scrolled.
 */
export function scrollRangeIntoView(range: Range, scroller: HTMLElement): boolean {
  for (let el = range.startContainer.parentElement; el && el !== scroller; el = el.parentElement) {
    if (el.scrollWidth <= el.clientWidth) continue;
    const r = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    if (r.left < box.left || r.right > box.right) {
      el.scrollLeft += r.left - box.left - box.width / 2 + r.width / 2;
    }
  }
  const r = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const margin = Math.min(96, view.height / 4);
  if (r.top >= view.top + margin && r.bottom <= view.bottom - margin) return false;
  scroller.scrollTop += r.top - view.top - view.height / 2 + r.height / 2;
  return true;
}
