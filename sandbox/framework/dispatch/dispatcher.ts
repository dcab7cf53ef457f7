/**
 * Signals (Django: dispatch/dispatcher.py): a Signal keeps receivers and calls them on
 * send(). Receivers get one object of keyword arguments: `{ signal, sender, ...named }`.
 * Signals live at module level as in Django, but their receivers belong to a project
 * load: `reset_receivers()` starts an empty set for a new load, the load's Project keeps
 * that set, and activating the project brings it back. So one load never fires another's
 * receivers, and a check or shell run (a load of its own) leaves the preview's connected.
 */

/** What a receiver is called with: the signal, the sender and the signal's named arguments. */
export type SignalArgs<N extends object = Record<string, unknown>> = N & { signal: Signal<N>; sender: unknown };

/** A function connected to a signal. */
export type Receiver<N extends object = Record<string, unknown>> = (args: SignalArgs<N>) => unknown;

/** Options of connect() and disconnect(): only this sender's signals, and a key that makes connecting idempotent. */
export interface ConnectOptions {
  sender?: unknown;
  dispatch_uid?: string;
}

interface Connected<N extends object> {
  key: unknown;
  sender: unknown;
  receiver: Receiver<N>;
}

/** The receivers of every signal for one project load. */
export class ReceiverSet {
  private readonly by_signal = new WeakMap<object, unknown[]>();

  get<N extends object>(signal: Signal<N>): Array<Connected<N>> {
    return (this.by_signal.get(signal) ?? []) as Array<Connected<N>>;
  }

  set<N extends object>(signal: Signal<N>, receivers: Array<Connected<N>>): void {
    this.by_signal.set(signal, receivers);
  }
}

let current = new ReceiverSet();

/** A signal: `const book_read = new Signal()`; `book_read.connect(fn)`; `book_read.send(Book, { reader })`. */
export class Signal<N extends object = Record<string, unknown>> {
  private get receivers(): Array<Connected<N>> {
    return current.get(this);
  }

  private set receivers(receivers: Array<Connected<N>>) {
    current.set(this, receivers);
  }

  /** Connects `receiver`; connecting the same receiver (or dispatch_uid) for the same sender again does nothing. */
  connect(receiver: Receiver<N>, options: ConnectOptions = {}): void {
    if (typeof receiver !== "function") throw new TypeError("Signal receivers must be callable.");
    const key = options.dispatch_uid ?? receiver;
    const sender = options.sender ?? null;
    if (this.receivers.some((r) => r.key === key && r.sender === sender)) return;
    this.receivers = [...this.receivers, { key, sender, receiver }];
  }

  /** Disconnects a receiver (or the one connected with `dispatch_uid`); true if one was connected. */
  disconnect(receiver?: Receiver<N>, options: ConnectOptions = {}): boolean {
    const key = options.dispatch_uid ?? receiver;
    const sender = options.sender ?? null;
    const before = this.receivers.length;
    this.receivers = this.receivers.filter((r) => !(r.key === key && r.sender === sender));
    return this.receivers.length !== before;
  }

  /** True when any receiver is connected (for any sender): cheap enough for hot paths. */
  get has_receivers(): boolean {
    return this.receivers.length > 0;
  }

  /** True when some receiver would get a signal from `sender`. */
  has_listeners(sender: unknown = null): boolean {
    return this.receivers.length > 0 && this.live_receivers(sender).length > 0;
  }

  /** Calls every receiver for `sender`; an error stops the sending. Returns `[receiver, response]` pairs. */
  send(sender: unknown, named?: N): Array<[Receiver<N>, unknown]> {
    if (this.receivers.length === 0) return [];
    const args = { ...named, signal: this, sender } as SignalArgs<N>;
    return this.live_receivers(sender).map((receiver) => [receiver, receiver(args)]);
  }

  /** As send(), but an error a receiver throws becomes its response instead of stopping the others. */
  send_robust(sender: unknown, named?: N): Array<[Receiver<N>, unknown]> {
    if (this.receivers.length === 0) return [];
    const args = { ...named, signal: this, sender } as SignalArgs<N>;
    return this.live_receivers(sender).map((receiver) => {
      try {
        return [receiver, receiver(args)];
      } catch (error) {
        return [receiver, error];
      }
    });
  }

  /** Disconnects every receiver. */
  clear(): void {
    this.receivers = [];
  }

  private live_receivers(sender: unknown): Array<Receiver<N>> {
    return this.receivers.filter((r) => r.sender === null || r.sender === sender).map((r) => r.receiver);
  }
}

/**
 * Django's `@receiver` decorator, called on the function:
 * `receiver(post_save, { sender: Book })(function on_save({ instance, created }) { ... })`.
 */
export function receiver<N extends object>(signal: Signal<N> | Array<Signal<N>>, options: ConnectOptions = {}) {
  return <R extends Receiver<N>>(fn: R): R => {
    for (const s of Array.isArray(signal) ? signal : [signal]) s.connect(fn, options);
    return fn;
  };
}

/** Starts an empty set of receivers for every signal and makes it current: called before a project load evaluates the learner's code. */
export function reset_receivers(): ReceiverSet {
  current = new ReceiverSet();
  return current;
}

/** The current set of receivers: a Project keeps the one its load connected. */
export function current_receivers(): ReceiverSet {
  return current;
}

/** Makes `receivers` current again: Project.activate() does, so its receivers fire and no other load's. */
export function use_receivers(receivers: ReceiverSet): void {
  current = receivers;
}
