import { queryOptions } from "@tanstack/react-query";
import { listModels } from "../../lib/openai/models";

/** Model ids offered by the endpoint, cached per base URL and key (server state, not app state). */
export function modelsQuery(baseUrl: string, apiKey: string) {
  return queryOptions({
    queryKey: ["models", baseUrl, apiKey],
    queryFn: ({ signal }) => listModels({ endpoint: { baseUrl, apiKey }, signal }),
    staleTime: 10 * 60_000,
    retry: false,
    enabled: baseUrl.trim().length > 0,
  });
}
