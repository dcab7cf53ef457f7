import { Component, type ErrorInfo, type ReactNode } from "react";

interface State {
  error: Error | null;
}

/** Shows what broke instead of a blank window, with a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn("MVT Lab UI error:", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <main className="centered">
        <div className="error-box" role="alert">
          <p>Something in MVT Lab's window broke: {this.state.error.message}</p>
          <p>Your files are saved. Reload the window to carry on.</p>
        </div>
        <button type="button" className="button" onClick={() => location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
