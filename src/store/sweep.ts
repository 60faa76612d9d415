// The sweep on screen: its form, its run (saved per conversation, see sweep-storage.ts), and what the
// chart and the side-by-side view show. The run's requests are made by features/sweep/run-sweep.ts.
import { create } from "zustand";
import { activePath } from "../domain/conversation";
import type { ParamKey } from "../domain/parameter-table";
import { defaultSpec, type SweepSpec } from "../domain/sweep";
import type { SweepRun } from "../domain/sweep-run";
import type { Metric } from "../domain/sweep-stats";
import { useAppStore } from "./app-store";
import { closeCompare } from "./compare";
import { getConversation } from "./conversations";
import { stopStream } from "./streams";
import { lazyModule } from "../lib/lazy";

// The stored-sweep schema and IndexedDB code load with the first sweep, not with the app.
const storage = lazyModule(() => import("./sweep-storage"));

export interface SweepState {
  conversationId: string | null;
  spec: SweepSpec;
  run: SweepRun | null;
  /** The samples opened side by side (at most two), by cell id. */
  pinned: string[];
  metric: Exclude<Metric, "diversity"> | "diversity";
}

const closed: SweepState = {
  conversationId: null,
  spec: defaultSpec(),
  run: null,
  pinned: [],
  metric: "tokens",
};

export const useSweepStore = create<SweepState>()(() => closed);

export const sweepStreamId = (cellId: string) => `sweep:${cellId}`;

/** The user message a sweep of this conversation answers: the last one on the branch on screen. */
export function sweepTarget(conversationId: string): string | null {
  const conv = getConversation(conversationId);
  return conv ? (activePath(conv).findLast((m) => m.role === "user")?.id ?? null) : null;
}

let saveTimer: ReturnType<typeof setTimeout> | null = null;
/** The newest run not written yet. */
let unsaved: SweepRun | null = null;

function write(run: SweepRun): void {
  void storage
    .load()
    .then(({ sweepStorage }) => sweepStorage.save(run))
    .catch(() => {});
}

/**
 * Streaming text changes the run many times a second: meanwhile it is written at most twice a second
 * (the newest state each time, so a reload mid-run finds what had arrived), and at once when `now`.
 */
function saveSoon(run: SweepRun, now = false): void {
  unsaved = run;
  if (now) {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    unsaved = null;
    write(run);
    return;
  }
  saveTimer ??= setTimeout(() => {
    saveTimer = null;
    const latest = unsaved;
    unsaved = null;
    if (latest) write(latest);
  }, 500);
}

/** Applies `update` to the run on screen and saves it (at once when `flush`, e.g. at the end of a cell). */
export function updateRun(runId: string, update: (run: SweepRun) => SweepRun, flush = false): void {
  const { run } = useSweepStore.getState();
  if (!run || run.id !== runId) return;
  const next = update(run);
  if (next === run) return;
  useSweepStore.setState({ run: next });
  saveSoon(next, flush);
}

export function setRun(run: SweepRun): void {
  useSweepStore.setState({ run, pinned: [] });
  saveSoon(run, true);
}

/**
 * Opens the sweep on a conversation: the run in memory if it is this conversation's (its requests may
 * still be running), else its last saved sweep. Compare closes.
 */
export async function openSweep(conversationId: string): Promise<void> {
  closeCompare();
  const { run } = useSweepStore.getState();
  if (run?.conversationId === conversationId) {
    useSweepStore.setState({ conversationId });
    return;
  }
  stopAllCells();
  useSweepStore.setState({ ...closed, conversationId });
  const saved = await storage
    .load()
    .then(({ sweepStorage }) => sweepStorage.load(conversationId))
    .catch(() => null);
  const state = useSweepStore.getState();
  if (saved && state.conversationId === conversationId && !state.run) {
    useSweepStore.setState({ run: saved, spec: saved.spec });
  }
}

function stopAllCells(): void {
  for (const cell of useSweepStore.getState().run?.cells ?? []) {
    if (cell.status === "streaming") stopStream(sweepStreamId(cell.id));
  }
}

/** Closes the view; requests still running go on and the run is saved, so reopening shows them. */
export function closeSweep(): void {
  const { run } = useSweepStore.getState();
  if (run) saveSoon(run, true);
  useSweepStore.setState({ conversationId: null });
}

export function setSpec(patch: Partial<SweepSpec>): void {
  useSweepStore.setState((s) => ({ spec: { ...s.spec, ...patch } }));
}

/** A new parameter starts from the range where its effect is easiest to see. */
export function setSweepParam(param: ParamKey): void {
  useSweepStore.setState((s) => ({
    spec: {
      ...defaultSpec(param),
      steps: s.spec.steps,
      samples: s.spec.samples,
      concurrency: s.spec.concurrency,
    },
  }));
}

export function setMetric(metric: SweepState["metric"]): void {
  useSweepStore.setState({ metric });
}

/** Opens a sample side by side with the last one opened (two at most). */
export function pinSample(cellId: string): void {
  useSweepStore.setState((s) => ({
    pinned: s.pinned.includes(cellId) ? s.pinned : [...s.pinned, cellId].slice(-2),
  }));
}

export function unpinSample(cellId: string): void {
  useSweepStore.setState((s) => ({ pinned: s.pinned.filter((id) => id !== cellId) }));
}

export const useSweepOpen = (): boolean => useSweepStore((s) => s.conversationId !== null);

// The sweep belongs to the conversation on screen: opening another one (or deleting it) closes the view.
useAppStore.subscribe((s) => {
  const { conversationId } = useSweepStore.getState();
  if (conversationId && (s.activeId !== conversationId || !s.conversations[conversationId])) closeSweep();
});
