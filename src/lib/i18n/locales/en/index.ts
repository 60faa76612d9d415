// The English catalogue, the reference for every other: one JSON file per namespace.
import settings from "./settings.json";
import storage from "./storage.json";

export const en = { settings, storage };
