// The Japanese catalogue, loaded as its own chunk. The `Catalog` type makes a missing key a type error.
import type { Catalog } from "../../catalog";
import app from "./app.json";
import chat from "./chat.json";
import common from "./common.json";
import compare from "./compare.json";
import conversations from "./conversations.json";
import errors from "./errors.json";
import images from "./images.json";
import list from "./list.json";
import network from "./network.json";
import parameters from "./parameters.json";
import search from "./search.json";
import settings from "./settings.json";
import shell from "./shell.json";
import shortcuts from "./shortcuts.json";
import storage from "./storage.json";
import stream from "./stream.json";
import sweep from "./sweep.json";
import theme from "./theme.json";
import transfer from "./transfer.json";
import tuning from "./tuning.json";
import update from "./update.json";

export const ja: Catalog = {
  app,
  chat,
  common,
  compare,
  conversations,
  errors,
  images,
  list,
  network,
  parameters,
  search,
  settings,
  shell,
  shortcuts,
  storage,
  stream,
  sweep,
  theme,
  transfer,
  tuning,
  update,
};
