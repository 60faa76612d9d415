// Numbered, pure migrations of the persisted state. Each step takes the state of version N to N+1.
// v1 is the first stored format; later formats add a step here and a test beside it.

export const STORE_VERSION = 2;

type Step = (state: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Step> = {
  // 0 -> 1: there was no version 0 in the wild; data without a version is read as v1.
  0: (state) => state,
  // 1 -> 2: records are unchanged; conversations that do not fit localStorage now live in IndexedDB
  // (store/storage-format.ts). The version says so, so an older build reading the data says it is from
  // a newer version instead of showing only the conversations it can see.
  1: (state) => state,
};

export function migrate(
  state: unknown,
  fromVersion: number,
  steps: Record<number, Step> = MIGRATIONS,
  toVersion: number = STORE_VERSION,
): Record<string, unknown> {
  if (fromVersion > toVersion) {
    throw new Error(
      `Saved data is from a newer version of the app (v${fromVersion}); update the app to read it.`,
    );
  }
  let current = (state ?? {}) as Record<string, unknown>;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No migration from stored version ${v}.`);
    current = step(current);
  }
  return current;
}
