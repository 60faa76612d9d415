import { useId, useState, type KeyboardEvent } from "react";
import { useT } from "../i18n/use-t";
import { isComposing } from "../keyboard/ime";
import { errorClass, fieldClass } from "./styles";

export type NumberParse = { ok: true; value: number } | { ok: false; message: string };

/**
 * A box for an exact number. What is typed applies on Enter or when the focus leaves the box, never while
 * typing, so a half-typed "1e" or "0." changes nothing on its way to "1e3" or "0.5". Text that does not
 * parse is refused in words next to the box (tied by aria-describedby) and the value stays as it was:
 * after Enter the text stays for correcting (aria-invalid); after leaving, the box shows the kept value.
 * ArrowUp and ArrowDown step the value and apply at once, like a native number box. `min` and `max` are
 * announced to assistive technology; keeping values within them is the owner's job (it gets `onCommit`).
 */
export function NumberField({
  label,
  value,
  format,
  parse,
  onCommit,
  min,
  max,
  step,
  integer = false,
  describedBy,
  disabled,
  title,
  className = "",
  messageClassName = "",
}: {
  /** The accessible name (the spinbutton's name in ui-contract.md). */
  label: string;
  value: number;
  format: (value: number) => string;
  parse: (text: string) => NumberParse;
  onCommit: (value: number) => void;
  min: number;
  /** Omitted when there is no upper bound. */
  max?: number;
  step: number;
  integer?: boolean;
  describedBy?: string;
  disabled?: boolean;
  title?: string;
  className?: string;
  messageClassName?: string;
}) {
  const t = useT();
  // The user's own text while it differs from the value (null: the box shows the value).
  const [text, setText] = useState<string | null>(null);
  // Why the last text was refused (the parser's words), until the next valid entry.
  const [refused, setRefused] = useState<string | null>(null);
  const errorId = useId();
  const invalid = refused !== null && text !== null;

  const commit = (leaving: boolean) => {
    if (text === null) return;
    const result = parse(text);
    if (result.ok) {
      setRefused(null);
      setText(null);
      onCommit(result.value);
      return;
    }
    setRefused(result.message);
    if (leaving) setText(null);
  };

  const stepBy = (direction: 1 | -1) => {
    const base = text === null ? ({ ok: true, value } as const) : parse(text);
    if (!base.ok) return;
    const decimals = integer ? 0 : Math.max(0, -Math.floor(Math.log10(step)));
    const next = Number((base.value + direction * step).toFixed(decimals));
    setRefused(null);
    setText(null);
    // Not clamped here: onCommit's owner brings values into range (for parameters, the one clamp).
    onCommit(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // An IME confirms its text with Enter; that Enter is not the user's.
    if (isComposing(e)) return;
    if (e.key === "Enter") {
      e.preventDefault();
      commit(false);
    } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      e.preventDefault();
      stepBy(e.key === "ArrowUp" ? 1 : -1);
    }
  };

  return (
    <>
      <input
        type="text"
        role="spinbutton"
        aria-label={label}
        aria-valuenow={value}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[refused ? errorId : null, describedBy].filter(Boolean).join(" ") || undefined}
        inputMode={integer ? "numeric" : "decimal"}
        autoComplete="off"
        spellCheck={false}
        title={title}
        disabled={disabled}
        value={text ?? format(value)}
        // onInput, not onChange: React drops a change that leaves the text as it was, but typing the shown
        // value (say the initial 0.9) over itself is still a choice, and it must apply (turning "Send" on).
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          // Once a value was refused, the message follows the corrections and goes when the text is valid.
          if (refused !== null) {
            const result = parse(next);
            setRefused(result.ok ? null : result.message);
          }
        }}
        onChange={() => {}}
        onKeyDown={onKeyDown}
        onBlur={() => commit(true)}
        className={`${fieldClass} font-mono tabular-nums ${className}`}
      />
      {refused ? (
        <p id={errorId} className={`${errorClass} ${messageClassName}`}>
          {t("common.lastValidKept", { problem: refused, value: format(value) })}
        </p>
      ) : null}
    </>
  );
}
