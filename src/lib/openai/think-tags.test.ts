import { describe, it, expect } from "vitest";
import { createThinkSplitter } from "./think-tags";

function run(deltas: string[]): {
  content: string;
  reasoning: string;
  steps: { content: string; reasoning: string }[];
} {
  const splitter = createThinkSplitter();
  const steps = deltas.map((d) => splitter.push(d));
  steps.push(splitter.flush());
  return {
    content: steps.map((s) => s.content).join(""),
    reasoning: steps.map((s) => s.reasoning).join(""),
    steps,
  };
}

describe("createThinkSplitter", () => {
  it.each(["think", "thought"])("splits a leading <%s> block from the answer", (tag) => {
    const r = run([`<${tag}>plan it</${tag}>\n\nThe answer.`]);
    expect(r.reasoning).toBe("plan it");
    expect(r.content).toBe("The answer.");
  });

  it("handles tags cut anywhere across deltas", () => {
    const text = "<think>step one, step two</think>\n\nDone: 42";
    for (let a = 1; a < text.length; a++) {
      for (const b of [a + 1, a + 5, text.length - 3]) {
        if (b <= a || b >= text.length) continue;
        const r = run([text.slice(0, a), text.slice(a, b), text.slice(b)]);
        expect({ c: r.content, r: r.reasoning }, `cuts ${a},${b}`).toEqual({
          c: "Done: 42",
          r: "step one, step two",
        });
      }
    }
  });

  it("streams reasoning while the block is open, holding back only a possible partial close tag", () => {
    const splitter = createThinkSplitter();
    expect(splitter.push("<thi")).toEqual({ content: "", reasoning: "" });
    expect(splitter.push("nk>abc")).toEqual({ content: "", reasoning: "abc" });
    expect(splitter.push("def</th")).toEqual({ content: "", reasoning: "def" });
    expect(splitter.push("ink>ok")).toEqual({ content: "ok", reasoning: "" });
    expect(splitter.push(" more <think>")).toEqual({ content: " more <think>", reasoning: "" });
  });

  it("allows whitespace before the opening tag", () => {
    const r = run(["\n ", " <thought>", "hmm</thought>", "Yes"]);
    expect(r).toMatchObject({ reasoning: "hmm", content: "Yes" });
  });

  it("keeps a later mention of <think> as content", () => {
    const r = run(["Use the ", "<think> tag like <think>this</think>."]);
    expect(r).toMatchObject({ content: "Use the <think> tag like <think>this</think>.", reasoning: "" });
  });

  it("passes plain content straight through without holding it", () => {
    const splitter = createThinkSplitter();
    expect(splitter.push("Hello")).toEqual({ content: "Hello", reasoning: "" });
    expect(splitter.push("<")).toEqual({ content: "<", reasoning: "" });
  });

  it("gives a lone partial tag back as content at the end", () => {
    expect(run(["<thou"])).toMatchObject({ content: "<thou", reasoning: "" });
  });

  it("treats an unclosed block as reasoning at the end (e.g. cut by max_tokens)", () => {
    expect(run(["<think>still thinking</thi"])).toMatchObject({
      content: "",
      reasoning: "still thinking</thi",
    });
  });

  it("does not confuse </thought> with </think>", () => {
    expect(run(["<thought>a</think>b</thought>c"])).toMatchObject({ reasoning: "a</think>b", content: "c" });
  });
});
