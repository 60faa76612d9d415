// The English catalogue, the reference for every other: one JSON file per namespace.
import network from "./network.json";
import settings from "./settings.json";
import stream from "./stream.json";
import update from "./update.json";

export const en = { network, settings, stream, update };
