// The English catalogue, the reference for every other: one JSON file per namespace.
import conversations from "./conversations.json";
import settings from "./settings.json";

export const en = { conversations, settings };
