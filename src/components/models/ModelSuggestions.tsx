// The endpoint's model ids as a <datalist>, for a model field that accepts any typed id. Loaded with
// react-query the first time a model field is used, never with the app.
import { QueryClientProvider, useQuery } from "@tanstack/react-query";
import { modelsQuery } from "./models-query";
import { queryClient } from "./query-client";

interface Props {
  id: string;
  baseUrl: string;
  apiKey: string;
}

function Options({ id, baseUrl, apiKey }: Props) {
  const models = useQuery(modelsQuery(baseUrl, apiKey));
  return (
    <datalist id={id}>
      {(models.data ?? []).map((model) => (
        <option key={model} value={model} />
      ))}
    </datalist>
  );
}

export function ModelSuggestions(props: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <Options {...props} />
    </QueryClientProvider>
  );
}
