// The shape of a catalogue: one JSON file per namespace (a feature or a shared area), keyed "namespace.key".
// English is the reference: its keys are the type every other catalogue must fill.
import type { Messages } from "@lingui/core";
import type { en } from "./locales/en";

type English = typeof en;
export type Namespace = keyof English;

/** Every message key, e.g. "settings.language". Keys are written out in full in the code, never built. */
export type MessageKey = { [N in Namespace]: `${N}.${Extract<keyof English[N], string>}` }[Namespace];

/** A catalogue for any locale: the same namespaces and keys as English, each an ICU MessageFormat string. */
export type Catalog = { [N in Namespace]: { [K in keyof English[N]]: string } };

/** Values for a message's `{placeholders}`: text, numbers (formatted for the locale) or dates. */
export type MessageValues = Record<string, string | number | Date>;

/** "namespace.key" -> message, as Lingui loads it. */
export function flattenCatalog(catalog: Catalog): Messages {
  const out: Messages = {};
  for (const [namespace, messages] of Object.entries(catalog)) {
    for (const [key, message] of Object.entries(messages as Record<string, Messages[string]>)) {
      out[`${namespace}.${key}`] = message;
    }
  }
  return out;
}
