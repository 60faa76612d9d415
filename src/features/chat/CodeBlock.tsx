import { isValidElement, useState, type ComponentProps, type ReactNode } from "react";
import { CheckIcon, CopyIcon } from "../../components/ui/icons";

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}

function languageOf(children: ReactNode): string | null {
  const child = Array.isArray(children) ? children[0] : children;
  if (!isValidElement<{ className?: string }>(child)) return null;
  const match = /language-([\w+#-]+)/.exec(child.props.className ?? "");
  return match?.[1] ?? null;
}

/** A fenced code block with its language and a Copy button. */
export function CodeBlock({ children, node: _node, ...rest }: ComponentProps<"pre"> & { node?: unknown }) {
  const [copied, setCopied] = useState(false);
  const language = languageOf(children);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(textOf(children).replace(/\n$/, ""));
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="group/code relative my-3">
      <div className="flex items-center justify-between rounded-t-lg bg-zinc-800 px-3 py-1 text-xs text-zinc-300 dark:bg-zinc-900">
        <span className="font-mono">{language ?? "text"}</span>
        <button
          type="button"
          onClick={copy}
          // Named without "Copy" so the message's own Copy button stays unique by name.
          aria-label={copied ? "Code placed on clipboard" : "Code to clipboard"}
          title="Copy code"
          className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 hover:bg-zinc-700 hover:text-white"
        >
          {copied ? <CheckIcon /> : <CopyIcon />}
          <span aria-hidden="true">{copied ? "Copied" : "Copy"}</span>
        </button>
      </div>
      <pre {...rest} className="!mt-0 !rounded-t-none">
        {children}
      </pre>
    </div>
  );
}
