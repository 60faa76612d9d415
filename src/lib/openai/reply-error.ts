// How a request failed, in the form the app keeps with a reply (and in export files). No imports, so
// the stored-data schema can use the list of kinds without loading the network layer.

export const API_ERROR_KINDS = ["http", "network", "aborted", "parse", "stream"] as const;

export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

export interface ReplyError {
  kind: ApiErrorKind;
  /** A sentence the user can act on. */
  message: string;
  /** The HTTP status, for kind "http". */
  status?: number;
  retryable: boolean;
}
