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
    ["{nope", "Not valid JSON"],
    ["[1,2]", "must be a JSON object"],
    ["42", "must be a JSON object"],
    ['{"model":"x"}', "cannot set model"],
    ['{"messages":[],"stream":false}', "cannot set messages, stream"],
  ])("refuses %j", (text, message) => {
    const r = parseExtraBody(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
  it("drops a __proto__ key instead of polluting prototypes", () => {
    const r = parseExtraBody('{"__proto__":{"polluted":true},"a":1}');
    expect(r).toEqual({ ok: true, value: { a: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
