// How a request failed, in the form the app keeps with a reply (and in export files). No imports, so
// the stored-data schema can use the list of kinds without loading the network layer.

export const API_ERROR_KINDS = ["http", "network", "aborted", "parse", "stream"] as const;

export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

/** An error detail as stored: checked for a known code before it is worded (lib/openai/error-detail.ts). */
export type StoredErrorDetail = { code: string } & Record<string, unknown>;

export interface ReplyError {
  kind: ApiErrorKind;
  /** In English; what the UI shows comes from `detail` when it is there (older data has only this). */
  message: string;
  /** The HTTP status, for kind "http". */
  status?: number;
  retryable: boolean;
  /** What happened as a code and values, worded in the UI's language. */
  detail?: StoredErrorDetail;
}
