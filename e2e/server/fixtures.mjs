// Recorded-format streams (src/lib/openai/__fixtures__/*.chunks.txt) replayed byte for byte, one event per
// write: scenario `replay-<name>` for `<name>.chunks.txt`. The same files drive the unit tests, so the e2e
// specs can compare what the app shows with what the wire carried.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { raw } from "./sse.mjs";

export const FIXTURE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../src/lib/openai/__fixtures__",
);

/** The fixture's events, each with its closing blank line (LF, CRLF or CR), in order. */
export function fixtureEvents(name) {
  const text = fs.readFileSync(path.join(FIXTURE_DIR, `${name}.chunks.txt`), "utf8");
  return text.split(/(?<=\r\n\r\n|\n\n|\r\r)/).filter((event) => event !== "");
}

export function fixtureScenarios() {
  const names = fs
    .readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".chunks.txt"))
    .map((f) => f.slice(0, -".chunks.txt".length));
  return Object.fromEntries(
    names.map((name) => [
      `replay-${name}`,
      // The file already holds its ending ([DONE], an error, or nothing for a cut stream).
      () => ({ type: "stream", steps: fixtureEvents(name).map((e) => raw(e)), ending: "close" }),
    ]),
  );
}
