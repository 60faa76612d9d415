import { useT } from "../../../components/i18n/use-t";
import { IconButton } from "../../../components/ui/button";
import { SearchIcon } from "../../../components/ui/icons";
import { openFind } from "../../../store/find";

/** Opens Find in conversation: the way in without a keyboard (Ctrl/⌘F does the same). */
export function FindButton() {
  const t = useT();
  return (
    <IconButton
      label={t("list.find")}
      aria-keyshortcuts="Control+F Meta+F"
      className="shrink-0"
      onClick={openFind}
    >
      <SearchIcon />
    </IconButton>
  );
}
