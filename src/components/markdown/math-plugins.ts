// Loaded on demand (see lazy.ts) the first time a reply contains math: KaTeX is large, and most
// replies never need it.
import type { Options } from "react-markdown";
import remarkMath from "remark-math";
import { remarkCjkFriendly } from "../../lib/markdown/cjk";
import { remarkDepthCap } from "../../lib/markdown/depth-cap";
import { remarkGfmParse } from "../../lib/markdown/gfm";
import rehypeKatex from "rehype-katex";
import "katex/dist/katex.min.css";

// `$…$` is safe to enable because prepareMath escapes every dollar that is not math first.
export const remarkPlugins: Options["remarkPlugins"] = [
  remarkGfmParse,
  remarkCjkFriendly,
  [remarkMath, { singleDollarTextMath: true }],
  remarkDepthCap,
];
export const rehypePlugins: Options["rehypePlugins"] = [
  [rehypeKatex, { throwOnError: false, strict: "ignore" }],
];
