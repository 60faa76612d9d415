import { QueryClient } from "@tanstack/react-query";

// Server state for the Settings dialog (the endpoint's model list); created with the lazily loaded dialog.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, retry: 1 },
  },
});
