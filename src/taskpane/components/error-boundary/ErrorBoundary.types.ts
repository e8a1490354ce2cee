import type { ReactNode } from "react";

export interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** What "reload" does; the page reload by default (tests pass a spy). */
  readonly onReload?: () => void;
}

export interface ErrorViewProps {
  readonly error: Error;
  /** React's component stack, when the error came from rendering. */
  readonly componentStack?: string;
  readonly onReload: () => void;
}
