// Words as people read them, in any script: Intl.Segmenter splits Japanese and Chinese (which put no spaces
// between words) as well as English. Shared by Compare's differences and the sweep's diversity measure.

export interface Token {
  text: string;
  /** A word (or number), not whitespace or punctuation. */
  word: boolean;
}

let segmenter: Intl.Segmenter | null = null;

/** Every piece of `text` in order (words, spaces, punctuation); joined they give back `text`. */
export function tokenize(text: string): Token[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
  const out: Token[] = [];
  for (const s of segmenter.segment(text)) out.push({ text: s.segment, word: s.isWordLike === true });
  return out;
}

/** The words of `text`, lower-cased, without spaces and punctuation. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.word)
    .map((t) => t.text.toLowerCase());
}
