import { describe, it, expect } from "vitest";
import { listModels } from "./models";
import { jsonResponse, scriptedFetch } from "./streams.test-util";

const endpoint = { baseUrl: "https://api.example.test/v1/", apiKey: "sk-test" };

describe("listModels", () => {
  it("GETs {base}/models and returns sorted unique ids", async () => {
    const { fetch, calls } = scriptedFetch(() =>
      jsonResponse({ data: [{ id: "gpt-5" }, { id: "claude" }, { id: "gpt-5" }] }),
    );
    expect(await listModels({ endpoint, fetch })).toEqual(["claude", "gpt-5"]);
    expect(calls[0]?.url).toBe("https://api.example.test/v1/models");
    expect(calls[0]?.init.method).toBe("GET");
    expect(calls[0]?.init.headers).toMatchObject({ Authorization: "Bearer sk-test" });
  });

  it("accepts a bare array", async () => {
    const { fetch } = scriptedFetch(() => jsonResponse([{ id: "b" }, { id: "a" }]));
    expect(await listModels({ endpoint, fetch })).toEqual(["a", "b"]);
  });

  it("throws ApiErrors for HTTP errors and unreadable bodies", async () => {
    const unauthorized = scriptedFetch(() => jsonResponse({ error: { message: "bad key" } }, 401));
    await expect(listModels({ endpoint, fetch: unauthorized.fetch })).rejects.toMatchObject({
      kind: "http",
      status: 401,
    });
    const html = scriptedFetch(() => new Response("<html></html>"));
    await expect(listModels({ endpoint, fetch: html.fetch })).rejects.toMatchObject({ kind: "parse" });
    const refused = scriptedFetch(() => {
      throw new TypeError("Failed to fetch");
    });
    await expect(listModels({ endpoint, fetch: refused.fetch })).rejects.toMatchObject({ kind: "network" });
  });
});
