import { describe, expect, it } from "vitest";
import { parseExtraBody } from "./extra-body";

describe("parseExtraBody", () => {
  it("accepts an empty box and a JSON object", () => {
    expect(parseExtraBody("  ")).toEqual({ ok: true, value: {} });
    expect(parseExtraBody('{"reasoning_effort":"low","n":1}')).toEqual({
      ok: true,
      value: { reasoning_effort: "low", n: 1 },
    });
  });
  it.each([
    ["[1,2]", { code: "notObject" }],
    ["42", { code: "notObject" }],
    ['{"model":"x"}', { code: "protected", fields: ["model"] }],
    ['{"messages":[],"stream":false}', { code: "protected", fields: ["messages", "stream"] }],
  ])("refuses %j", (text, problem) => {
    expect(parseExtraBody(text)).toEqual({ ok: false, problem });
  });
  it("refuses text that is not JSON, with the parser's details", () => {
    const r = parseExtraBody("{nope");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatchObject({ code: "notJson", detail: expect.stringMatching(/JSON/) });
  });
  it("drops a __proto__ key instead of polluting prototypes", () => {
    const r = parseExtraBody('{"__proto__":{"polluted":true},"a":1}');
    expect(r).toEqual({ ok: true, value: { a: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
