import { useSyncExternalStore } from "react";
import type { LazyModule } from "../lib/lazy";

const noop = () => () => {};
const nothing = () => null;

/** The module when `needed` and loaded; starts loading on first need. */
export function useLazy<T>(module: LazyModule<T>, needed: boolean): T | null {
  return useSyncExternalStore(needed ? module.subscribe : noop, needed ? module.get : nothing, nothing);
}
