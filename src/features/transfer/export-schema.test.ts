// docs/export-format.schema.json is generated from the zod envelope; this test fails when they drift.
// Regenerate with `npm run schema` (UPDATE_SCHEMA=1 makes this test write the file).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DATA_VERSION } from "../../store/migrations";
import { exportEnvelopeSchema } from "./export-format";

const FILE = "docs/export-format.schema.json";

function generate(): Record<string, unknown> {
  // "input": a file may leave out what the app fills in with defaults (systemPrompt, params, extraBody).
  const schema = z.toJSONSchema(exportEnvelopeSchema, { io: "input", target: "draft-2020-12" });
  return {
    ...schema,
    $comment: `Generated from src/features/transfer/export-format.ts (export format v${DATA_VERSION}); run \`npm run schema\` to update.`,
  };
}

describe("docs/export-format.schema.json", () => {
  it("matches the zod envelope schema", () => {
    const fresh = generate();
    if (process.env.UPDATE_SCHEMA === "1") writeFileSync(FILE, `${JSON.stringify(fresh, null, 2)}\n`);
    expect(existsSync(FILE), `${FILE} is missing; run npm run schema`).toBe(true);
    // Compared as data, so Prettier may reformat the file.
    const committed: unknown = JSON.parse(readFileSync(FILE, "utf8"));
    expect(committed, "the schema file is stale; run npm run schema").toEqual(fresh);
  });
});
