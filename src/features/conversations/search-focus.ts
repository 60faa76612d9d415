// Ctrl+K puts the cursor in "Search conversations", wherever the sidebar is rendered.
let input: HTMLInputElement | null = null;

export function registerSearch(element: HTMLInputElement | null): void {
  if (element) input = element;
}

export function focusConversationSearch(): boolean {
  if (!input?.isConnected) return false;
  input.focus();
  input.select();
  return true;
}
