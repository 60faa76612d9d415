import { parseError, providerError } from "./errors";
import { baseHeaders, endpointUrl, parseJsonBody, readText, send } from "./http";
import { parseErrorBody, parseModelIds } from "./schemas";
import type { Endpoint } from "./types";

export interface ListModelsOptions {
  endpoint: Endpoint;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** GET `{base}/models`: the ids the provider serves, sorted and unique. */
export async function listModels(opts: ListModelsOptions): Promise<string[]> {
  const fetchFn = opts.fetch ?? globalThis.fetch;
  const response = await send(
    fetchFn,
    endpointUrl(opts.endpoint, "models"),
    { method: "GET", headers: baseHeaders(opts.endpoint, "application/json") },
    opts.signal,
  );
  const json = parseJsonBody(await readText(response, opts.signal), { code: "modelsNotJson" });
  const ids = parseModelIds(json);
  if (ids) return ids;
  const info = parseErrorBody(json);
  if (info) throw providerError("http", info);
  throw parseError({ code: "modelsShape" });
}
