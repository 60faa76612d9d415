/** Random ids that sort roughly by creation time, which keeps stored data readable. */
export function newId(prefix: string): string {
  const time = Date.now().toString(36);
  const random =
    typeof crypto !== "undefined" && "randomUUID" in crypto
      ? crypto.randomUUID().replace(/-/g, "").slice(0, 12)
      : Math.random().toString(36).slice(2, 14);
  return `${prefix}_${time}${random}`;
}
