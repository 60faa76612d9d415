// The markdown pipeline (react-markdown, micromark, mdast, hast, GFM, the CJK extension: ~45 KB gzip)
// is a chunk of its own, fetched after start, so the app's first screen does not wait for it. Until it
// arrives, replies show as plain text (see Markdown.tsx).
import type * as BlockModule from "./Block";
import { lazyModule } from "../../lib/lazy";

export const pipeline = lazyModule(() => import("./Block"));

export type Pipeline = typeof BlockModule;

/** Starts fetching the pipeline (idempotent); a failed download is retried by the next call. */
export function preloadMarkdown(): Promise<Pipeline> {
  return pipeline.load();
}
