// The markdown pipeline, loaded as a chunk of its own (see pipeline.ts): everything that parses and
// formats a reply, behind the plain-text-first Markdown component.
import { memo, useMemo, type ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { remarkCjkFriendly } from "../../lib/markdown/cjk";
import { remarkDepthCap } from "../../lib/markdown/depth-cap";
import { remarkGfmParse } from "../../lib/markdown/gfm";
import { guardBlock, type PlainReason } from "../../lib/markdown/guard";
import { prepareMath } from "../../lib/markdown/math";
import { repairMarkdown } from "../../lib/markdown/repair";
import { PlainText } from "./PlainText";
import { safeUrl } from "./safe-url";
import { CodeBlock } from "./CodeBlock";
import { useT } from "../i18n/use-t";
import type { MessageKey } from "../../lib/i18n/catalog";
import { lazyModule } from "../../lib/lazy";
import { useLazy } from "../use-lazy";
import { StreamingBlockContext } from "./streaming";

// Stable identities: a new plugin list or components object per render would re-run the pipeline.
// The depth cap runs first of the transforms, before anything walks the tree recursively.
const remarkPlugins = [remarkGfmParse, remarkCjkFriendly, remarkDepthCap];

const mathModule = lazyModule(() => import("./math-plugins"));

function Link({ href, children, node: _node, ...rest }: ComponentProps<"a"> & { node?: unknown }) {
  if (!href) return <span>{children}</span>;
  return (
    <a {...rest} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function Image({ src, alt, node: _node }: ComponentProps<"img"> & { node?: unknown }) {
  if (typeof src !== "string" || !src) return alt ? <span>{alt}</span> : null;
  return <img src={src} alt={alt ?? ""} loading="lazy" referrerPolicy="no-referrer" />;
}

/** GFM task-list boxes are read-only; a name lets assistive tech say what they show. */
function Checkbox({ node: _node, type, checked, ...rest }: ComponentProps<"input"> & { node?: unknown }) {
  const t = useT();
  if (type !== "checkbox") return <input type={type} {...rest} />;
  return (
    <input
      {...rest}
      type="checkbox"
      checked={Boolean(checked)}
      disabled
      aria-label={checked ? t("chat.taskDone") : t("chat.taskNotDone")}
    />
  );
}

export const components: Components = { a: Link, img: Image, pre: CodeBlock, input: Checkbox };

/**
 * One top-level markdown block. Memoized on its text: a finished block renders once and is skipped by
 * every later update of the reply. Blocks with math wait for KaTeX and show their source until then.
 */
export const Block = memo(function Block({ text, streaming = false }: { text: string; streaming?: boolean }) {
  const mathText = prepareMath(text);
  const math = useLazy(mathModule, mathText !== null);
  const source = math && mathText !== null ? mathText : text;
  // The same element while the text is the same: when a reply ends and its last block stops streaming
  // with unchanged text, React skips the parse and only the code blocks (which read the streaming
  // context) re-render, to start highlighting.
  const body = useMemo(
    () => (
      <ReactMarkdown
        remarkPlugins={math ? math.remarkPlugins : remarkPlugins}
        rehypePlugins={math ? math.rehypePlugins : undefined}
        components={components}
        urlTransform={safeUrl}
        skipHtml
      >
        {source}
      </ReactMarkdown>
    ),
    [math, source],
  );
  // Always the provider, so the tree keeps its shape (and its DOM) when the block stops streaming.
  return <StreamingBlockContext value={streaming}>{body}</StreamingBlockContext>;
});

const PLAIN_NOTES = {
  depth: "chat.plainTooDeep",
  size: "chat.plainTooLarge",
} as const satisfies Record<PlainReason, MessageKey>;

/**
 * A top-level block within the parser's limits (guard.ts): what passes them is formatted, the rest of
 * the block is shown as plain text under a note. While streaming, the formatted part is repaired for
 * display (open fences and emphasis closed, see repair.ts).
 */
export const GuardedBlock = memo(function GuardedBlock({
  text,
  streaming = false,
  checked = false,
}: {
  text: string;
  streaming?: boolean;
  /** Already checked against the limits (a whole document whose blocks each passed). */
  checked?: boolean;
}) {
  const guarded = useMemo(
    () => (checked ? { format: text, plain: "", reason: null } : guardBlock(text)),
    [text, checked],
  );
  const t = useT();
  const shown = streaming && guarded.format ? repairMarkdown(guarded.format) : guarded.format;
  return (
    <>
      {shown ? <Block text={shown} streaming={streaming} /> : null}
      {guarded.reason ? (
        <>
          <p className="md-note">{t(PLAIN_NOTES[guarded.reason])}</p>
          <PlainText text={guarded.plain} />
        </>
      ) : null}
    </>
  );
});
