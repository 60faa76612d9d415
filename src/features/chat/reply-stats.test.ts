import { describe, expect, it } from "vitest";
import type { Message } from "../../domain/types";
import { activateLocale, t } from "../../lib/i18n/i18n";
import { replyStats, throughput } from "./reply-stats";

const base: Message = {
  id: "m",
  parentId: "u",
  role: "assistant",
  content: "x",
  createdAt: 0,
  updatedAt: 0,
  status: "complete",
};

describe("replyStats", () => {
  it("lists the parameters sent, usage details and timing", () => {
    const rows = replyStats(
      {
        ...base,
        model: "gemini-3.1-pro-preview",
        params: { temperature: 0.2, top_k: 40 },
        finishReason: "length",
        usage: {
          promptTokens: 13,
          completionTokens: 1891,
          totalTokens: 1904,
          cachedTokens: 0,
          reasoningTokens: 1480,
        },
        timing: { firstTokenMs: 500, totalMs: 4500 },
      },
      t,
      "en",
    );
    const map = Object.fromEntries(rows.map((r) => [r.label, r.value]));
    expect(map).toMatchObject({
      Model: "gemini-3.1-pro-preview",
      "Parameters sent": "Temperature 0.2, Top K 40",
      "Finish reason": "length",
      "Cached tokens": "0",
      "Reasoning tokens": "1,480",
      "Time to first token": "500 ms",
      "Total time": "4.5 sec",
      Throughput: "472.8 tokens/s",
    });
  });

  it("says when no parameter was sent, and skips what is unknown", () => {
    const rows = replyStats(base, t, "en");
    expect(rows).toEqual([{ label: "Parameters sent", value: "none (provider defaults)" }]);
    expect(throughput(base)).toBeNull();
  });

  it("speaks the UI's language", async () => {
    await activateLocale("ja");
    try {
      const rows = replyStats(
        {
          ...base,
          params: { temperature: 0.2 },
          usage: { promptTokens: 1, completionTokens: 1500, totalTokens: 1501 },
        },
        t,
        "ja",
      );
      const map = Object.fromEntries(rows.map((r) => [r.label, r.value]));
      expect(map).toMatchObject({ 送信したパラメーター: "温度 0.2", 生成トークン数: "1,500" });
    } finally {
      await activateLocale("en");
    }
  });
});
