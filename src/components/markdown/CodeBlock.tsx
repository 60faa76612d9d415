import { isValidElement, type ComponentProps, type ReactNode } from "react";
import { useT } from "../i18n/use-t";
import { useCopy } from "../ui/use-copy";
import { CheckIcon, CopyIcon } from "../ui/icons";
import { useInStreamingBlock } from "./streaming";
import { useHighlighted } from "./use-highlighted";

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

function codeElement(children: ReactNode) {
  const child = Array.isArray(children) ? children[0] : children;
  return isValidElement<{ className?: string; children?: ReactNode }>(child) ? child : null;
}

/** Longer code is shown without highlighting: highlight.js cannot split one block's work into slices. */
const HIGHLIGHT_MAX = 20_000;

/** A fenced code block with its language, a Copy button, and highlighting once the block is finished. */
export function CodeBlock({ children, node: _node, ...rest }: ComponentProps<"pre"> & { node?: unknown }) {
  const t = useT();
  const streaming = useInStreamingBlock();
  const code = codeElement(children);
  const className = code?.props.className ?? "";
  const language = /language-([\w+#-]+)/.exec(className)?.[1]?.toLowerCase() ?? null;
  const source = textOf(children).replace(/\n$/, "");
  const html = useHighlighted(
    source,
    language,
    !streaming && code !== null && source.length <= HIGHLIGHT_MAX,
  );
  const { copied, copy } = useCopy(source);
  return (
    <div className="group/code relative my-3">
      <div className="flex items-center justify-between rounded-t-lg bg-zinc-800 px-3 py-1 text-xs text-zinc-300 dark:bg-zinc-900">
        <span className="font-mono">{language ?? t("chat.codePlain")}</span>
        <button
          type="button"
          onClick={copy}
          // Named without "Copy" so the message's own Copy button stays unique by name.
          aria-label={copied ? t("chat.codeCopied") : t("chat.codeToClipboard")}
          title={t("chat.codeCopy")}
          className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 hover:bg-zinc-700 hover:text-white"
        >
          {copied ? <CheckIcon /> : <CopyIcon />}
        </button>
      </div>
      <pre {...rest} className="!mt-0 !rounded-t-none">
        {html !== null ? (
          // highlight.js escapes the code it wraps in spans, so this HTML holds no markup from the reply.
          <code className={className} dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          children
        )}
      </pre>
    </div>
  );
}
