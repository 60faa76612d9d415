import { Component, type ErrorInfo, type ReactNode } from "react";
import { t } from "../lib/i18n/i18n";

/** Last line of defence: a render error shows a way out instead of a blank page. Stored data is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("Render error", error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    // A class component cannot call useT(); the words are read when the fallback renders.
    return (
      <div role="alert" className="mx-auto mt-24 max-w-md p-6 text-center">
        <h1 className="text-lg font-semibold">{t("app.crashTitle")}</h1>
        <p className="mt-2 text-sm text-zinc-500">{this.state.error.message}</p>
        <p className="mt-2 text-sm text-zinc-500">{t("app.crashKept")}</p>
        <button
          type="button"
          className="mt-4 rounded-lg bg-indigo-600 px-3 py-2 text-sm font-medium text-white"
          onClick={() => window.location.reload()}
        >
          {t("app.reload")}
        </button>
      </div>
    );
  }
}
