// Extra request fields: a JSON object the user types for provider options, merged into the body.

/** Fields the app owns; the extra JSON can never replace them. */
export const PROTECTED_FIELDS = ["model", "messages", "stream"] as const;

/** Why the text cannot be sent; the UI words it. */
export type ExtraBodyProblem =
  { code: "notJson"; detail: string } | { code: "notObject" } | { code: "protected"; fields: string[] };

export type ExtraBodyResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; problem: ExtraBodyProblem };

export function parseExtraBody(text: string): ExtraBodyResult {
  if (!text.trim()) return { ok: true, value: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: "notJson", detail: (error as Error).message } };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: { code: "notObject" } };
  }
  const blocked = PROTECTED_FIELDS.filter((k) => Object.prototype.hasOwnProperty.call(parsed, k));
  if (blocked.length > 0) {
    return { ok: false, problem: { code: "protected", fields: blocked } };
  }
  // A plain copy drops any prototype tricks such as a "__proto__" key.
  const value: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed)) {
    if (k === "__proto__" || k === "constructor" || k === "prototype") continue;
    value[k] = v;
  }
  return { ok: true, value };
}
