// Compiles the JSON catalogues (src/lib/i18n/locales/<locale>/<namespace>.json) from ICU MessageFormat to
// Lingui's compiled form at build time, so the browser never needs the message compiler. The output is
// still JSON, handed on to Vite's own JSON handling. A message that does not parse fails the build.
import { compileMessage } from "@lingui/message-utils/compileMessage";
import type { Plugin } from "vite";

export const CATALOG_FILE = /[\\/]src[\\/]lib[\\/]i18n[\\/]locales[\\/][^\\/]+[\\/][^\\/]+\.json$/;

export function compileCatalog(source: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(source).map(([key, message]) => {
      try {
        return [key, compileMessage(message)];
      } catch (error) {
        throw new Error(`Message "${key}" is not valid ICU MessageFormat: ${String(error)}`, {
          cause: error,
        });
      }
    }),
  );
}

export function linguiCatalogs(): Plugin {
  return {
    name: "chat-studio:lingui-catalogs",
    enforce: "pre",
    transform(code, id) {
      if (!CATALOG_FILE.test(id.split("?")[0] ?? "")) return null;
      return { code: JSON.stringify(compileCatalog(JSON.parse(code) as Record<string, string>)), map: null };
    },
  };
}
