export interface SplitText {
  content: string;
  reasoning: string;
}

export interface ThinkSplitter {
  push(text: string): SplitText;
  flush(): SplitText;
}

const OPEN_TAGS = ["<think>", "<thought>"] as const;

/** Length of the longest suffix of `text` that is a proper prefix of `tag`: bytes that may be a cut tag. */
function partialSuffix(text: string, tag: string): number {
  for (let n = Math.min(tag.length - 1, text.length); n > 0; n--) {
    if (tag.startsWith(text.slice(text.length - n))) return n;
  }
  return 0;
}

/**
 * Some models inline their reasoning in `content` as `<think>…</think>` or `<thought>…</thought>`. Only a tag
 * that opens the reply (after optional whitespace) counts: a reply that merely mentions `<think>` later is
 * content. Deltas may cut a tag anywhere (`<thi` + `nk>`), so at most a possible partial tag is held back.
 */
export function createThinkSplitter(): ThinkSplitter {
  let state: "start" | "reasoning" | "content" = "start";
  let buffer = "";
  let closeTag = "";
  // The answer after `</think>` usually starts with blank lines that belong to neither part.
  let trimContentStart = false;

  const out = (content: string, reasoning: string): SplitText => {
    if (trimContentStart && content !== "") {
      content = content.replace(/^\s+/, "");
      if (content !== "") trimContentStart = false;
    }
    return { content, reasoning };
  };

  function push(text: string): SplitText {
    if (state === "content") return out(text, "");
    buffer += text;
    if (state === "start") {
      const lead = buffer.replace(/^\s+/, "");
      if (lead === "") return out("", "");
      const open = OPEN_TAGS.find((tag) => lead.startsWith(tag));
      if (open) {
        state = "reasoning";
        closeTag = `</${open.slice(1)}`;
        buffer = lead.slice(open.length);
      } else if (OPEN_TAGS.some((tag) => tag.startsWith(lead))) {
        return out("", "");
      } else {
        state = "content";
        const all = buffer;
        buffer = "";
        return out(all, "");
      }
    }
    const end = buffer.indexOf(closeTag);
    if (end >= 0) {
      const reasoning = buffer.slice(0, end);
      const rest = buffer.slice(end + closeTag.length);
      buffer = "";
      state = "content";
      trimContentStart = true;
      return out(rest, reasoning);
    }
    const hold = partialSuffix(buffer, closeTag);
    const reasoning = buffer.slice(0, buffer.length - hold);
    buffer = buffer.slice(buffer.length - hold);
    return out("", reasoning);
  }

  function flush(): SplitText {
    const rest = buffer;
    const wasReasoning = state === "reasoning";
    buffer = "";
    state = "content";
    // An unclosed `<think>` is all reasoning; a reply that was only whitespace or a lone `<thi` is content.
    return wasReasoning ? out("", rest) : out(rest, "");
  }

  return { push, flush };
}
