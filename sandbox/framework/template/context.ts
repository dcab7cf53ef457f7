/** Context: a stack of variable scopes, as in Django's template/context.py. */

const BUILTINS = { True: true, False: false, None: null };

/** Per-render state of nodes (cycle positions, block overrides), isolated per template render. */
export class RenderContext {
  private readonly stack: Map<unknown, unknown>[] = [new Map()];

  get(key: unknown): unknown {
    return this.top().get(key);
  }
  set(key: unknown, value: unknown): void {
    this.top().set(key, value);
  }
  has(key: unknown): boolean {
    return this.top().has(key);
  }
  /** Runs `fn` with a fresh state, as Django does for each included template. */
  isolated<T>(fn: () => T): T {
    this.stack.push(new Map());
    try {
      return fn();
    } finally {
      this.stack.pop();
    }
  }
  private top(): Map<unknown, unknown> {
    return this.stack[this.stack.length - 1] as Map<unknown, unknown>;
  }
}

/** Template variables: `new Context({ books })`; `push`/`pop` open and close scopes. */
export class Context {
  readonly dicts: Record<string, unknown>[];
  autoescape: boolean;
  readonly render_context = new RenderContext();

  constructor(values: Record<string, unknown> = {}, options: { autoescape?: boolean } = {}) {
    this.dicts = [{ ...BUILTINS }, { ...values }];
    this.autoescape = options.autoescape ?? true;
  }

  /** Runs `fn` inside a new scope holding `values`. */
  push<T>(values: Record<string, unknown>, fn: () => T): T {
    this.dicts.push({ ...values });
    try {
      return fn();
    } finally {
      this.dicts.pop();
    }
  }

  /** A context with only `values` (and the built-ins), sharing autoescape and render state. */
  new(values: Record<string, unknown> = {}): Context {
    const context = new Context(values, { autoescape: this.autoescape });
    Object.assign(context, { render_context: this.render_context });
    return context;
  }

  has(key: string): boolean {
    return this.dicts.some((d) => key in d);
  }

  /** The innermost value of `key`, or undefined. */
  get(key: string): unknown {
    for (let i = this.dicts.length - 1; i >= 0; i--) {
      const d = this.dicts[i] as Record<string, unknown>;
      if (key in d) return d[key];
    }
    return undefined;
  }

  /** Sets `key` in the innermost scope. */
  set(key: string, value: unknown): void {
    (this.dicts[this.dicts.length - 1] as Record<string, unknown>)[key] = value;
  }

  /** Sets `key` where it is already defined (innermost first), else in the innermost scope. */
  set_upward(key: string, value: unknown): void {
    for (let i = this.dicts.length - 1; i >= 0; i--) {
      const d = this.dicts[i] as Record<string, unknown>;
      if (key in d) {
        d[key] = value;
        return;
      }
    }
    this.set(key, value);
  }

  /** All variables, innermost winning. */
  flatten(): Record<string, unknown> {
    return Object.assign({}, ...this.dicts) as Record<string, unknown>;
  }
}
