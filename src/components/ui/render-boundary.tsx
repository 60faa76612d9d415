import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  children: ReactNode;
  /** What shows instead of `children` once they have failed to render. */
  fallback: ReactNode;
}

/**
 * Contains a render error to one part of the page (a message, a reply's formatting): that part shows its
 * fallback and everything around it keeps working. It stays on the fallback until it is mounted again.
 */
export class RenderBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("Render error (contained)", error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
