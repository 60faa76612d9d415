import { memo, type ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { safeUrl } from "./safe-url";
import { CodeBlock } from "./CodeBlock";

// Stable identities: a new plugin list or components object per render would re-run the pipeline.
const remarkPlugins = [remarkGfm];

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

const components: Components = { a: Link, img: Image, pre: CodeBlock };

/** Model output as markdown: GitHub-flavoured, no raw HTML, only http(s)/mailto links. */
export const Markdown = memo(function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={remarkPlugins} components={components} urlTransform={safeUrl} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
});
