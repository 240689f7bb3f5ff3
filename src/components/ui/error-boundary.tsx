import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  fallback: (props: { error: unknown; reset: () => void }) => ReactNode;
  onReset?: () => void;
  children: ReactNode;
}

interface State {
  error: unknown;
  hasError: boolean;
}

/** Catches a render error below it and shows the fallback in place, with a way to retry. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, hasError: true };
  }

  reset = () => {
    this.props.onReset?.();
    this.setState({ error: null, hasError: false });
  };

  render() {
    if (this.state.hasError)
      return this.props.fallback({ error: this.state.error, reset: this.reset });
    return this.props.children;
  }
}
