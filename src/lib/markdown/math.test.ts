import { describe, expect, it } from "vitest";
import { hasDefinitions, prepareMath } from "./math";

describe("prepareMath", () => {
  it.each([
    ["inline dollars", "Euler: $e^{i\\pi} + 1 = 0$.", "Euler: $e^{i\\pi} + 1 = 0$."],
    ["\\( \\) inline", "so \\(a^2\\) grows", "so $a^2$ grows"],
    ["\\[ \\] inline", "so \\[a^2\\] grows", "so $$a^2$$ grows"],
    ["$$ inline", "see $$x$$ here", "see $$x$$ here"],
    ["prices next to math", "$5 for $x^2$", "\\$5 for $x^2$"],
    ["escaped dollars stay", "\\$5 and $y$", "\\$5 and $y$"],
  ])("rewrites %s", (_name, input, expected) => {
    expect(prepareMath(input)).toBe(expected);
  });

  it.each([
    ["prices", "It costs $5 and $10."],
    ["a price range", "from $5-$10 a month"],
    ["currency prefixes", "US$5 or US$10"],
    ["a lone dollar", "echo $HOME"],
    ["no dollars", "plain text"],
    ["code spans", "use `$x$` literally"],
    ["fenced code", "```sh\necho $a $b\n```"],
    ["Japanese prices", "価格は $5 から $10 です"],
  ])("finds no math in %s", (_name, input) => {
    expect(prepareMath(input)).toBeNull();
  });

  it("keeps display blocks and turns \\[ blocks into $$ blocks", () => {
    expect(prepareMath("$$\nx = 1\n$$")).toBe("$$\nx = 1\n$$");
    expect(prepareMath("\\[\nx = 1\n\\]")).toBe("$$\nx = 1\n$$");
  });

  it("escapes money in a block that also has math", () => {
    expect(prepareMath("$a$ costs $5 and $10")).toBe("$a$ costs \\$5 and \\$10");
  });
});

describe("hasDefinitions", () => {
  it("spots link references and footnotes", () => {
    expect(hasDefinitions("text[^1]\n\n[^1]: note")).toBe(true);
    expect(hasDefinitions("[site]: https://example.com")).toBe(true);
    expect(hasDefinitions("a [link](https://x) and [brackets]")).toBe(false);
  });
});
