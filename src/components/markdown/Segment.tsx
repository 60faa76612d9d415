import { memo, useEffect, useRef, useState } from "react";
import { PlainText } from "./PlainText";
import { pipeline } from "./pipeline";
import { requestUpgrade } from "./upgrade-queue";
import { useLazy } from "../use-lazy";

interface Props {
  blocks: readonly string[];
  /** Formatted in this render when the pipeline has loaded; otherwise plain first, upgraded later. */
  eager: boolean;
  /** The unfinished end of a streaming reply: formatted (and repaired) on every update when possible. */
  live?: boolean;
  /** The whole reply as one document, already checked against the parser's limits. */
  whole?: boolean;
  /** Laid out only near the viewport (very long replies). */
  skipOffscreen?: boolean;
}

/**
 * A run of top-level blocks, shown as plain text until it is formatted. Once formatted it stays so;
 * finished blocks are memoized, so a streaming update re-renders only the segment that changed.
 */
export const Segment = memo(function Segment({
  blocks,
  eager,
  live = false,
  whole = false,
  skipOffscreen,
}: Props) {
  const [upgraded, setUpgraded] = useState(() => eager && pipeline.get() !== null);
  // A live segment re-renders when the pipeline arrives; an upgraded one has it already.
  useLazy(pipeline, live && !upgraded);
  const mod = upgraded || live ? pipeline.get() : null;
  // A live segment formatted while streaming stays formatted when the stream ends.
  if (live && mod && !upgraded) setUpgraded(true);
  const formatted = mod !== null && (upgraded || live);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formatted) return;
    return requestUpgrade(ref.current, () => setUpgraded(true));
  }, [formatted]);

  if (!formatted) {
    return (
      <PlainText ref={ref} text={blocks.join("")} className={`md-pending${skipOffscreen ? " md-cv" : ""}`} />
    );
  }
  const body = blocks.map((block, i) => (
    <mod.GuardedBlock key={i} text={block} streaming={live} checked={whole} />
  ));
  return skipOffscreen ? <div className="md-cv">{body}</div> : <>{body}</>;
});
