// Japanese, Chinese and Korean input: while an IME composition is open, Enter confirms the conversion.
// Every field where Enter (or Escape) does something asks this first, so typing 日本語 never sends, saves
// or closes anything by accident.

type KeyEventLike = { isComposing: boolean; keyCode: number };

/** True while a composition is open. keyCode 229 covers browsers that end it before the key event says so. */
export function isComposing(event: KeyEventLike | { nativeEvent: KeyEventLike }): boolean {
  const native = "nativeEvent" in event ? event.nativeEvent : event;
  return native.isComposing || native.keyCode === 229;
}
