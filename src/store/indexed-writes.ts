// Runs IndexedDB write jobs: one transaction for all, or — when that fails as a whole (a full disk) —
// one per job, so every conversation that fits is saved. A job that finds another tab's revision is
// merged with it (rebase) and tried again.
import type { IndexedStore, PutResult } from "./indexed-db";
import { rebase, type WriteJob } from "./write-plan";

export interface IndexedWriteDeps {
  indexed: IndexedStore | null;
  newRev: () => string;
  /** Keeps another tab's unreadable text before it is written over. */
  backup(id: string, text: string): void;
  stored(job: WriteJob): void;
  failed(job: WriteJob): void;
}

/** Rounds of merging with another tab's revision before a job counts as not saved. */
const MAX_ROUNDS = 5;

async function putAll(indexed: IndexedStore, jobs: readonly WriteJob[]): Promise<(PutResult | null)[]> {
  const items = jobs.map(({ id, expectRev, rev, json }) => ({ id, expectRev, rev, json }));
  try {
    return await indexed.putIfRev(items);
  } catch {
    if (items.length === 1) return [null];
    const results: (PutResult | null)[] = [];
    for (const item of items) {
      results.push(
        await indexed.putIfRev([item]).then(
          ([r]) => r ?? null,
          () => null,
        ),
      );
    }
    return results;
  }
}

export async function writeIndexedJobs(jobs: readonly WriteJob[], deps: IndexedWriteDeps): Promise<void> {
  let pending = [...jobs];
  for (let round = 0; pending.length > 0 && round < MAX_ROUNDS; round++) {
    const results = deps.indexed ? await putAll(deps.indexed, pending) : pending.map(() => null);
    const next: WriteJob[] = [];
    pending.forEach((job, i) => {
      const result = results[i];
      if (!result) return deps.failed(job);
      if (result.status === "ok") return deps.stored(job);
      const merged = rebase(job, result.current, deps.newRev());
      if (merged) {
        next.push(merged);
      } else {
        deps.backup(job.id, result.current.json);
        next.push({ ...job, expectRev: result.current.rev, rev: deps.newRev() });
      }
    });
    pending = next;
  }
  for (const job of pending) deps.failed(job);
}
