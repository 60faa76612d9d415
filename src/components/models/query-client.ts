import { QueryClient } from "@tanstack/react-query";

// Server state (the endpoint's model list), one cache for Settings and the conversation's model field;
// created with the first of them that loads, never with the app.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, retry: 1 },
  },
});
