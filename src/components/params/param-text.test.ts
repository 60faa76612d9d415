import { afterEach, describe, expect, it } from "vitest";
import { paramSpec, parseParamInput } from "../../domain/parameters";
import { activateLocale, t } from "../../lib/i18n/i18n";
import { paramProblemText } from "./param-text";

function problemOf(key: Parameters<typeof paramSpec>[0], raw: string) {
  const result = parseParamInput(paramSpec(key), raw);
  if (result.ok) throw new Error(`${raw} was accepted`);
  return paramProblemText(paramSpec(key), result.problem, t);
}

describe("paramProblemText", () => {
  afterEach(() => activateLocale("en"));

  it("says what is wrong, naming the parameter", () => {
    expect(problemOf("temperature", "3")).toBe("Temperature must be 0–2.");
    expect(problemOf("top_k", "2.5")).toBe("Top K must be a whole number.");
    expect(problemOf("top_k", "0")).toBe("Top K must be at least 1.");
    expect(problemOf("max_tokens", "")).toBe("Max tokens needs a value.");
  });

  it("says it in Japanese", async () => {
    await activateLocale("ja");
    expect(problemOf("temperature", "3")).toBe("温度は 0～2 の範囲で入力してください。");
    expect(problemOf("max_tokens", "x")).toBe("最大トークン数には数値を入力してください。");
  });
});
