// What a delta's (or a message's) `content` and reasoning fields say, whatever their shape: a string, or an
// array of typed parts (Mistral and gateways in front of it). Nothing is dropped: a part the app cannot show
// is returned as `unknown`, so the reply can say it was there.

export interface ReadContent {
  text: string;
  reasoning: string;
  /** Parts (or whole values) of a shape the app does not show, as received. */
  unknown: unknown[];
}

const empty = (): ReadContent => ({ text: "", reasoning: "", unknown: [] });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function add(into: ReadContent, from: ReadContent, asReasoning: boolean): void {
  if (asReasoning) into.reasoning += from.text + from.reasoning;
  else {
    into.text += from.text;
    into.reasoning += from.reasoning;
  }
  into.unknown.push(...from.unknown);
}

// Parts nest (a thinking part holds text parts); a provider never nests deeper than a level or two.
const MAX_DEPTH = 4;

function readPart(part: unknown, depth: number): ReadContent {
  const out = empty();
  if (typeof part === "string") {
    out.text = part;
    return out;
  }
  if (!isRecord(part) || depth > MAX_DEPTH) {
    out.unknown.push(part);
    return out;
  }
  switch (part.type) {
    case "text":
    case "output_text":
      if (typeof part.text === "string") {
        out.text = part.text;
        return out;
      }
      break;
    case "thinking": {
      // Mistral: `thinking` is an array of parts; Anthropic-style gateways send a string.
      const inner = readValue(part.thinking, depth + 1);
      add(out, inner, true);
      return out;
    }
    case "reasoning": {
      const value = part.text ?? part.reasoning ?? part.summary;
      if (value !== undefined) {
        add(out, readValue(value, depth + 1), true);
        return out;
      }
      break;
    }
  }
  out.unknown.push(part);
  return out;
}

function readValue(value: unknown, depth: number): ReadContent {
  if (value === null || value === undefined) return empty();
  if (typeof value === "string") return { text: value, reasoning: "", unknown: [] };
  if (!Array.isArray(value)) return readPart(value, depth);
  const out = empty();
  for (const part of value) add(out, readPart(part, depth), false);
  return out;
}

/** Reads `content` (string, parts, null). Text parts are answer text; thinking/reasoning parts are reasoning. */
export function readContent(value: unknown): ReadContent {
  return readValue(value, 0);
}

/** Reads `reasoning_content` / `reasoning`: all of what they say is reasoning, whatever its shape. */
export function readReasoning(value: unknown): ReadContent {
  const read = readValue(value, 0);
  return { text: "", reasoning: read.text + read.reasoning, unknown: read.unknown };
}
