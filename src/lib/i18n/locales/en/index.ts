// The English catalogue, the reference for every other: one JSON file per namespace.
import settings from "./settings.json";

export const en = { settings };
