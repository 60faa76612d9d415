// One numbered chain of pure migrations for the app's data, used for what this browser has saved and for
// imported export files: both hold the same conversations, so a change of their format is one step here.
//
// A step takes data of version N to N+1. It receives a record whose `conversations` is a list of raw
// conversations; saved data also has `meta` (settings, chat defaults, presets), an export file has its
// envelope fields (`format`, `exportedAt`, `images`, …). A step changes `conversations` for both, and
// `meta` or the envelope fields only when they are there. v1 is the first format; later formats add a
// step here and a test beside it.

export const DATA_VERSION = 2;

export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, MigrationStep> = {
  // 0 -> 1: there was no version 0 in the wild; saved data without a version is read as v1.
  0: (data) => data,
  // 1 -> 2: presets travel in "Export all" files, so a v2 file always has a `presets` list; a v1 file,
  // made before that, has none. Saved data keeps its presets in `meta` as before (a v1 preset, which
  // holds only parameters, is a valid v2 preset).
  1: (data) => ("format" in data && !Array.isArray(data.presets) ? { ...data, presets: [] } : data),
};

/** The chain has no step from `version`: data that old can no longer be read. */
export class MissingMigrationError extends Error {
  override readonly name = "MissingMigrationError";
  constructor(readonly version: number) {
    super(`No migration from data format v${version}.`);
  }
}

export function migrate(
  data: unknown,
  fromVersion: number,
  steps: Record<number, MigrationStep> = MIGRATIONS,
  toVersion: number = DATA_VERSION,
): Record<string, unknown> {
  if (fromVersion > toVersion) {
    throw new Error(
      `The data is from a newer version of the app (format v${fromVersion}); update the app to read it.`,
    );
  }
  let current = (data ?? {}) as Record<string, unknown>;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps[v];
    if (!step) throw new MissingMigrationError(v);
    current = step(current);
  }
  return current;
}
