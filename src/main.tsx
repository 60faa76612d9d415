import { I18nProvider } from "@lingui/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startAddressSync } from "./app/address";
import { App } from "./app/App";
import { startLanguage } from "./app/language";
import { startServiceWorker } from "./app/service-worker";
import { i18n } from "./lib/i18n/i18n";
import { startStorage } from "./store/start-storage";
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Reads what is stored (problems included) before anything else, then saves every change; the language
// setting and the last open conversation are part of what it reads.
startStorage();
// Registers the service worker once the page has loaded and the browser is idle (production builds only).
startServiceWorker();

// The first render waits for the chosen language's words (English is in this bundle; others are one chunk),
// and opens the conversation the address names.
void startLanguage().then(() => {
  startAddressSync();
  createRoot(root).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
});
