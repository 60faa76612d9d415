// Why files were not attached, as data: kept with the composer's draft, worded where it is shown.
import type { ImageRefusal } from "./plan";

export type AttachError =
  | { code: "refused"; name: string | null; refusal: ImageRefusal }
  | { code: "storeFailed"; name: string | null; quota: boolean; detail: string }
  | { code: "tooMany"; max: number; refused: number };
