import { memo, useState } from "react";
import { hasDefinitions } from "../../../lib/markdown/math";
import { repairMarkdown } from "../../../lib/markdown/repair";
import { emptySplit, splitBlocks, type SplitState } from "../../../lib/markdown/split-blocks";
import { Block } from "./Block";

const WHOLE_BELOW = 2000;
/** Finished blocks are rendered in memoized groups, so an update compares a few groups, not every block. */
const GROUP_SIZE = 16;

function sameBlocks(a: { blocks: readonly string[] }, b: { blocks: readonly string[] }): boolean {
  return a.blocks.length === b.blocks.length && a.blocks.every((block, i) => block === b.blocks[i]);
}

const BlockGroup = memo(function BlockGroup({ blocks }: { blocks: readonly string[] }) {
  return blocks.map((block, i) => <Block key={i} text={block} />);
}, sameBlocks);

interface Props {
  text: string;
  /** While true, the unfinished end is repaired for display (open fences, `**`) and not highlighted. */
  streaming?: boolean;
}

function groupBlocks(blocks: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (let i = 0; i < blocks.length; i += GROUP_SIZE) groups.push(blocks.slice(i, i + GROUP_SIZE));
  return groups;
}

/**
 * Model output as markdown: GitHub-flavoured, no raw HTML, only http(s)/mailto links. Rendered block by
 * block so that, while a reply streams, each update parses only its unfinished end.
 */
export const Markdown = memo(function Markdown({ text, streaming = false }: Props) {
  // Kept across renders so each update scans only the text that arrived since the last one.
  const [splitter] = useState(() => ({ last: emptySplit as SplitState }));
  // A short finished reply parses faster as one document than as several; and link references and
  // footnotes only resolve within one document.
  if (!streaming && (text.length < WHOLE_BELOW || hasDefinitions(text))) {
    return (
      <div className="markdown">
        <Block text={text} />
      </div>
    );
  }
  const split = splitBlocks(text, splitter.last);
  splitter.last = split;
  const { blocks, tail } = split;
  return (
    <div className="markdown">
      {groupBlocks(blocks).map((group, i) => (
        <BlockGroup key={i} blocks={group} />
      ))}
      {tail !== "" ? (
        <Block key={blocks.length} text={streaming ? repairMarkdown(tail) : tail} streaming={streaming} />
      ) : null}
    </div>
  );
});
