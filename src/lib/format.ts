/** A duration for people: "480 ms" below a second, "4.5 s" above. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
