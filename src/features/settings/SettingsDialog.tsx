// The Settings dialog and react-query (used only by its model list) stay out of the initial JS: the
// dialog's module is fetched the first time Settings opens, and stays mounted after that.
import { useEffect, useState } from "react";
import { lazyModule } from "../../lib/lazy";
import { useLazy } from "../../components/use-lazy";
import type { SettingsDialogProps } from "./SettingsDialogContent";

const dialogModule = lazyModule(() => import("./SettingsDialogContent"));

/** App-wide settings. Changes apply at once and are kept; Escape or Close dismisses the dialog. */
export function SettingsDialog({ open, onClose }: SettingsDialogProps) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  const Content = useLazy(dialogModule, opened)?.default;

  useEffect(() => {
    if (!open || Content) return;
    // A failed download closes the request, so the next click on Settings tries again.
    dialogModule.load().catch((error: unknown) => {
      console.error("The Settings dialog could not be loaded", error);
      onClose();
    });
  }, [open, Content, onClose]);

  return Content ? <Content open={open} onClose={onClose} /> : null;
}
