// Replies whose connection has gone silent, with the silence threshold (in seconds) that was passed.
// Transient: never persisted, cleared when data resumes or the reply ends.
import { create } from "zustand";

const useStalls = create<{ stalled: Readonly<Record<string, number>> }>(() => ({ stalled: {} }));

/** `seconds`: the threshold that passed without data; `null` once data resumes or the reply ends. */
export function setStalled(replyId: string, seconds: number | null): void {
  useStalls.setState((s) => {
    if ((s.stalled[replyId] ?? null) === seconds) return s;
    const next = { ...s.stalled };
    if (seconds === null) delete next[replyId];
    else next[replyId] = seconds;
    return { stalled: next };
  });
}

export function stalledFor(replyId: string): number | null {
  return useStalls.getState().stalled[replyId] ?? null;
}

/** Seconds without data when the reply is stalled, else `null`. */
export function useStalledFor(replyId: string): number | null {
  return useStalls((s) => s.stalled[replyId] ?? null);
}
