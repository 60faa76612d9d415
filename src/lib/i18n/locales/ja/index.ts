// The Japanese catalogue, loaded as its own chunk. The `Catalog` type makes a missing key a type error.
import type { Catalog } from "../../catalog";
import settings from "./settings.json";
import storage from "./storage.json";

export const ja: Catalog = { settings, storage };
