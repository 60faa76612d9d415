// The Japanese catalogue, loaded as its own chunk. The `Catalog` type makes a missing key a type error.
import type { Catalog } from "../../catalog";
import settings from "./settings.json";
import shell from "./shell.json";
import shortcuts from "./shortcuts.json";
import theme from "./theme.json";

export const ja: Catalog = { settings, shell, shortcuts, theme };
