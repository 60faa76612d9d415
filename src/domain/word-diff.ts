// Compare's "Show differences": which words of two replies the other one does not have, by a Myers diff
// (jsdiff's diffArrays) over the words, spaces and punctuation of each text.
import { diffArrays } from "diff";
import { tokenize, type Token } from "./words";

export interface DiffPiece {
  text: string;
  /** True for text the other reply does not have at this place. */
  changed: boolean;
}

export interface WordDiff {
  /** The first text, cut into runs of shared and changed text. */
  left: DiffPiece[];
  right: DiffPiece[];
  /** The share of words (not spaces or punctuation) the two texts have in common, 0 to 1; 1 when both are empty. */
  shared: number;
}

function push(pieces: DiffPiece[], text: string, changed: boolean): void {
  const last = pieces[pieces.length - 1];
  if (last && last.changed === changed) last.text += text;
  else pieces.push({ text, changed });
}

const wordCount = (tokens: readonly Token[]) => tokens.filter((t) => t.word).length;

export function wordDiff(left: string, right: string): WordDiff {
  const a = tokenize(left);
  const b = tokenize(right);
  const changes = diffArrays(a, b, { comparator: (x, y) => x.text === y.text });
  const out: WordDiff = { left: [], right: [], shared: 1 };
  let common = 0;
  for (const change of changes) {
    const text = change.value.map((t) => t.text).join("");
    if (change.added) push(out.right, text, true);
    else if (change.removed) push(out.left, text, true);
    else {
      push(out.left, text, false);
      push(out.right, text, false);
      common += wordCount(change.value);
    }
  }
  const total = Math.max(wordCount(a), wordCount(b));
  out.shared = total === 0 ? 1 : common / total;
  return out;
}
