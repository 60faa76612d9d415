// The network layer (SSE parsing, schemas, error mapping) is needed only once a request is made, so it
// loads on first use instead of with the app; the first send then waits for one small local chunk.
import { lazyModule } from "./lazy";

const network = lazyModule(() => import("./openai/run-reply"));

export function loadNetwork() {
  return network.load();
}

/** Warms the chunk while the user is typing, so the first reply does not wait for it. */
export function preloadNetwork(): void {
  void network.load().catch(() => {});
}
