import { Component, type ErrorInfo } from "react";
import type { ErrorBoundaryProps } from "./ErrorBoundary.types";
import { ErrorView } from "./ErrorView";

interface State {
  readonly error?: Error;
  readonly componentStack?: string;
}

function reloadPage(): void {
  window.location.reload();
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(typeof reason === "string" ? reason : JSON.stringify(reason));
}

/**
 * Catches render errors anywhere below — and promise rejections that no panel handled, which React never sees —
 * and shows them (message, details, reload) instead of a blank pane or a console-only error.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = {};

  private readonly onUnhandledRejection = (event: Event): void => {
    if (this.state.error) return;
    this.setState({ error: asError((event as PromiseRejectionEvent).reason) });
  };

  static getDerivedStateFromError(error: unknown): State {
    return { error: asError(error) };
  }

  override componentDidMount(): void {
    window.addEventListener("unhandledrejection", this.onUnhandledRejection);
  }

  override componentWillUnmount(): void {
    window.removeEventListener("unhandledrejection", this.onUnhandledRejection);
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? undefined });
  }

  override render() {
    const { error, componentStack } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorView
        error={error}
        {...(componentStack !== undefined ? { componentStack } : {})}
        onReload={this.props.onReload ?? reloadPage}
      />
    );
  }
}
