import { useT } from "../i18n/use-t";
import { memo, useState } from "react";
import { RenderBoundary } from "../ui/render-boundary";
import { guardBlock } from "../../lib/markdown/guard";
import { hasDefinitions } from "../../lib/markdown/math";
import { createLayout } from "../../lib/markdown/segments";
import { splitBlocks } from "../../lib/markdown/split-blocks";
import { PlainText } from "./PlainText";
import { Segment } from "./Segment";

/** A short finished reply parses faster as one document than block by block. */
const WHOLE_BELOW = 2000;
/** Link references and footnotes resolve only within one document: kept whole up to this size. */
const WHOLE_WITH_DEFINITIONS_MAX = 32_768;
/** Formatted in the first render (when the pipeline is loaded) only up to this size; longer, bit by bit. */
const EAGER_MAX = 65_536;
/** From this size a reply's segments are laid out only near the viewport. */
const LARGE_FROM = 100_000;

export interface MarkdownProps {
  text: string;
  /** While true, the unfinished end is repaired for display (open fences, `**`) and not highlighted. */
  streaming?: boolean;
  /**
   * Plain text first, formatted later: for messages the caller mounts off screen, so that mounting
   * many costs little and their formatting follows in idle time, nearest the viewport first.
   */
  defer?: boolean;
}

/** Whether a finished reply is rendered as one document: short, or with definitions and every block within limits. */
function isWhole(text: string): boolean {
  if (text.length < WHOLE_BELOW) return true;
  if (text.length > WHOLE_WITH_DEFINITIONS_MAX || !hasDefinitions(text)) return false;
  const { blocks, tail } = splitBlocks(text);
  return [...blocks, tail].every((block) => guardBlock(block).reason === null);
}

function MarkdownBody({ text, streaming = false, defer = false }: MarkdownProps) {
  // Kept across renders so each update scans only the text that arrived since the last one, and
  // unchanged segments keep their identity.
  const [layout] = useState(createLayout);
  const eager = !defer && text.length <= EAGER_MAX;
  const skipOffscreen = text.length >= LARGE_FROM;
  if (!streaming && isWhole(text)) {
    return (
      <div className="markdown">
        <Segment key="whole" blocks={[text]} eager={eager} whole={text.length >= WHOLE_BELOW} />
      </div>
    );
  }
  const { segments, tail } = layout(text);
  return (
    <div className="markdown">
      {segments.map((segment, i) => (
        <Segment key={i} blocks={segment.blocks} eager={eager} skipOffscreen={skipOffscreen} />
      ))}
      {tail !== "" ? <Segment key="tail" blocks={[tail]} eager={eager} live={streaming} /> : null}
    </div>
  );
}

function MarkdownFallback({ text }: { text: string }) {
  const t = useT();
  return (
    <div className="markdown">
      <p className="md-note">{t("chat.notFormatted")}</p>
      <PlainText text={text} />
    </div>
  );
}

/**
 * Model output as markdown: GitHub-flavoured, CJK-friendly emphasis, no raw HTML, only http(s)/mailto
 * links. Any text renders without blocking the page:
 *
 * - **Plain first.** The parser is a chunk of its own (pipeline.ts). Until it has loaded, and for
 *   segments not formatted yet, the text shows as plain text with its line breaks and spaces kept.
 * - **Formatted by segment.** The text is split into top-level blocks and runs of blocks (segments,
 *   ≤ 16 blocks / 8 KB). A segment is formatted in the first render when the pipeline is loaded, the
 *   reply is ≤ 64 KB and `defer` is not set; otherwise later, a few milliseconds at a time: segments
 *   on screen in the next task, the rest in idle time, nearest the viewport first (upgrade-queue.ts).
 *   A formatted segment stays formatted.
 * - **Streaming.** Only the unfinished end is re-parsed on an update (repaired so that a half-written
 *   `**「重` shows as it will end); finished segments are memoized and never re-rendered.
 * - **Hostile input.** Deep nesting and oversized blocks are cut before parsing (guard.ts) and shown
 *   as plain text under a note; the tree is capped after parsing (depth-cap.ts); replies of 100 KB or
 *   more are laid out only near the viewport. If formatting fails anyway, the reply shows as plain text
 *   with a notice, and the rest of the page is untouched.
 *
 * For a list of many messages: pass `defer` for those mounted off screen (or all but the last few).
 */
export const Markdown = memo(function Markdown(props: MarkdownProps) {
  return (
    <RenderBoundary fallback={<MarkdownFallback text={props.text} />}>
      <MarkdownBody {...props} />
    </RenderBoundary>
  );
});
