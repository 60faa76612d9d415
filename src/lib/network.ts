// The network layer (SSE parsing, schemas, error mapping) is needed only once a request is made, so it
// loads on first use instead of with the app; the first send then waits for one small local chunk.
import type * as RunReply from "./openai/run-reply";

type Network = typeof RunReply;

let loading: Promise<Network> | null = null;

export function loadNetwork(): Promise<Network> {
  loading ??= import("./openai/run-reply").catch((error: unknown) => {
    // A failed chunk load (e.g. after a redeploy) must not stay cached: the next send tries again.
    loading = null;
    throw error;
  });
  return loading;
}

/** Warms the chunk while the user is typing, so the first reply does not wait for it. */
export function preloadNetwork(): void {
  void loadNetwork().catch(() => {});
}
