import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  fallback: (reset: () => void, error: Error) => ReactNode;
  children: ReactNode;
  /** Changing this key clears a caught error (e.g. after drilling to another unit). */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/** Keeps a failing panel from blanking the page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(_error: Error, _info: ErrorInfo): void {
    // The fallback tells the user; nothing is logged that could carry data.
  }

  override render() {
    return this.state.error ? this.props.fallback(() => this.setState({ error: null }), this.state.error) : this.props.children;
  }
}
