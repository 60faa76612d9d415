// The Japanese catalogue, loaded as its own chunk. The `Catalog` type makes a missing key a type error.
import type { Catalog } from "../../catalog";
import list from "./list.json";
import search from "./search.json";
import settings from "./settings.json";

export const ja: Catalog = { list, search, settings };
