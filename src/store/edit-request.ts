// "Edit this message" asked from outside the message (↑ in an empty composer). Transient, never saved.
import { create } from "zustand";

const useEditRequest = create<{ messageId: string | null }>()(() => ({ messageId: null }));

export const requestEdit = (messageId: string): void => useEditRequest.setState({ messageId });

export const clearEditRequest = (): void => useEditRequest.setState({ messageId: null });

export const useEditRequested = (messageId: string): boolean =>
  useEditRequest((s) => s.messageId === messageId);
