// A column's reply with the words the other compared column does not have marked, for "Show differences".
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { useT } from "../../components/i18n/use-t";
import { wordDiff } from "../../domain/word-diff";
import { useCompareStore } from "../../store/compare";

/** The pair's texts once both have finished; null while either still streams. */
function useFinishedPair(): [string, string] | null {
  return useCompareStore(
    useShallow((s) => {
      const pair = s.differences;
      const left = pair && s.columns.find((c) => c.id === pair.left);
      const right = pair && s.columns.find((c) => c.id === pair.right);
      if (!left || !right || left.status === "streaming" || right.status === "streaming") return null;
      return [left.text, right.text] as [string, string];
    }),
  );
}

/** The word diff of the compared pair, computed once per finished pair (not per streamed update). */
export function usePairDiff() {
  const pair = useFinishedPair();
  const left = pair?.[0];
  const right = pair?.[1];
  return useMemo(
    () => (left === undefined || right === undefined ? null : wordDiff(left, right)),
    [left, right],
  );
}

export function DiffText({ side }: { side: "left" | "right" }) {
  const t = useT();
  const diff = usePairDiff();
  if (!diff) return <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("compare.diffWaiting")}</p>;
  return (
    <div className="break-words whitespace-pre-wrap">
      {diff[side].map((piece, i) =>
        piece.changed ? (
          <mark
            key={i}
            title={t("compare.diffOnlyHere")}
            className="rounded-sm bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-500/30"
          >
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </div>
  );
}
