import type { ChangeEvent } from "react";
import { useT } from "../../../components/i18n/use-t";
import { PaperclipIcon } from "../../../components/ui/icons";
import { SUPPORTED_MIMES } from "../../../lib/images/sniff";

/**
 * The file input itself carries the contract name `Attach image`, so it is one control for screen readers,
 * keyboards and tests alike; the label around it is only its visible, clickable face.
 */
export function AttachInput({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled?: boolean }) {
  const t = useT();
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    // Cleared, so choosing the same file again still fires a change.
    e.target.value = "";
    onFiles(files);
  };
  return (
    <label
      title={t("images.attachTitle")}
      className="inline-flex h-10 w-10 shrink-0 cursor-pointer items-center justify-center rounded-xl text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-40 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-500 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
    >
      <input
        type="file"
        aria-label={t("images.attach")}
        accept={SUPPORTED_MIMES.join(",")}
        multiple
        disabled={disabled}
        onChange={onChange}
        className="sr-only"
      />
      <PaperclipIcon width={18} height={18} />
    </label>
  );
}
