// The Japanese catalogue, loaded as its own chunk. The `Catalog` type makes a missing key a type error.
import type { Catalog } from "../../catalog";
import network from "./network.json";
import settings from "./settings.json";
import stream from "./stream.json";
import update from "./update.json";

export const ja: Catalog = { network, settings, stream, update };
