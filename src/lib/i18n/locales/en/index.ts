// The English catalogue, the reference for every other: one JSON file per namespace.
import chat from "./chat.json";
import common from "./common.json";
import settings from "./settings.json";

export const en = { chat, common, settings };
