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

/** Catches render errors anywhere below and shows them (message, details, reload) instead of a blank pane. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
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
