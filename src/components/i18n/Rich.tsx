import { Trans } from "@lingui/react";
import type { ReactElement } from "react";
import type { MessageKey, MessageValues } from "../../lib/i18n/catalog";

/**
 * A message with markup in it: `<0>…</0>` in the catalogue becomes `components[0]` around the words, so a
 * translation can move the code or emphasis where its grammar wants it.
 */
export function Rich({
  k,
  values,
  components,
}: {
  k: MessageKey;
  values?: MessageValues;
  components: Record<string, ReactElement>;
}) {
  return <Trans id={k} values={values} components={components} />;
}
