import { createContext, useContext } from "react";

// True inside the block still being written: its code is not highlighted yet, because it would be
// highlighted again on every update and the block is about to change anyway.
export const StreamingBlockContext = createContext(false);

export function useInStreamingBlock(): boolean {
  return useContext(StreamingBlockContext);
}
