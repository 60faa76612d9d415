import { memo, type Ref } from "react";
import { plainChunks } from "../../lib/markdown/segments";

/** Pieces of a long plain text: each is laid out on its own, and only near the viewport. */
const CHUNK_CHARS = 16_384;
const LINE_PX = 28;
const CHARS_PER_LINE = 90;

/** A rough height for a piece not laid out yet; the browser remembers the real one once it has been. */
function estimatedHeight(text: string): number {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return Math.round((lines + text.length / CHARS_PER_LINE) * LINE_PX);
}

const Chunk = memo(function Chunk({ text }: { text: string }) {
  return (
    <div className="md-chunk" style={{ containIntrinsicSize: `auto ${estimatedHeight(text)}px` }}>
      {text}
    </div>
  );
});

/**
 * Text as written, line breaks and spaces kept: how a reply shows before it is formatted, and the parts
 * too large or too deeply nested to format. A long text is cut into pieces (at a line break or space
 * where possible) so that a growing one re-renders only its last piece and a 10 MB one lays out only
 * what is near the viewport.
 */
export const PlainText = memo(function PlainText({
  text,
  className = "",
  ref,
}: {
  text: string;
  className?: string;
  ref?: Ref<HTMLDivElement>;
}) {
  const trimmed = text.trimEnd();
  const chunks = plainChunks(trimmed, CHUNK_CHARS);
  return (
    <div ref={ref} className={className ? `md-plain ${className}` : "md-plain"}>
      {chunks.length === 1 ? trimmed : chunks.map((chunk, i) => <Chunk key={i} text={chunk} />)}
    </div>
  );
});
