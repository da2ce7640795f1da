import { Component, Fragment, type ComponentChildren } from 'preact';

type Props = {
  children: ComponentChildren;
  /**
   * Drawn instead of the children once one of them threw while drawing (or in one of its
   * effects); `retry` draws the children again, afresh.
   */
  fallback(error: unknown, retry: () => void): ComponentChildren;
  /** Told of each failure, after it is written to the console. */
  onError?(error: unknown): void;
};

type State = { failure: { error: unknown } | null; round: number };

/**
 * Keeps a screen that throws from taking the whole page down with it: without this a throw
 * while drawing leaves a blank page. The fallback must be plain enough never to throw itself.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failure: null, round: 0 };

  static override getDerivedStateFromError(error: unknown): Partial<State> {
    return { failure: { error } };
  }

  override componentDidCatch(error: unknown): void {
    console.error('A screen failed while drawing:', error);
    this.props.onError?.(error);
  }

  retry = (): void => this.setState(({ round }) => ({ failure: null, round: round + 1 }));

  override render() {
    const { failure, round } = this.state;
    // A new key on each round: a retry never reuses what was drawn before the failure.
    return failure ? (
      this.props.fallback(failure.error, this.retry)
    ) : (
      <Fragment key={round}>{this.props.children}</Fragment>
    );
  }
}
