// The English catalogue, the reference for every other: one JSON file per namespace.
import list from "./list.json";
import search from "./search.json";
import settings from "./settings.json";

export const en = { list, search, settings };
