// The English catalogue, the reference for every other: one JSON file per namespace.
import settings from "./settings.json";
import shell from "./shell.json";
import shortcuts from "./shortcuts.json";
import theme from "./theme.json";

export const en = { settings, shell, shortcuts, theme };
