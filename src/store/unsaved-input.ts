// Input held nowhere else that a reload would lose (today an open message editor with changes; composer
// drafts are in drafts.ts): each place registers a check while it is on screen. Read only when a reload is
// considered (see reload-guard.ts).
const checks = new Set<() => boolean>();

/** Registers `hasUnsaved` (true while there is input that a reload would lose); returns the unregister. */
export function registerUnsavedInput(hasUnsaved: () => boolean): () => void {
  checks.add(hasUnsaved);
  return () => {
    checks.delete(hasUnsaved);
  };
}

export function hasUnsavedInput(): boolean {
  for (const check of checks) if (check()) return true;
  return false;
}
