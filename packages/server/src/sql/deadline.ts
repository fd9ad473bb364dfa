/**
 * When a request's database work must stop: at its deadline, or when its client goes away. An
 * AbortSignal would do, but every request makes one and its statements listen to it, and an
 * EventTarget costs a compiled read more than its security headers do: this is the part of one the
 * Db uses.
 */
export class Deadline {
  private passedWith: string | undefined;
  private listeners: Array<() => void> | undefined;

  /** Whether the work must stop. */
  get passed(): boolean {
    return this.passedWith !== undefined;
  }

  /** Why the work stopped, for the error the request gets. */
  get reason(): string {
    return this.passedWith ?? 'The request was cancelled.';
  }

  /** Stops the work: runs every listener once. Later calls do nothing. */
  pass(reason: string): void {
    if (this.passedWith !== undefined) return;
    this.passedWith = reason;
    const listeners = this.listeners;
    this.listeners = undefined;
    for (const listener of listeners ?? []) listener();
  }

  /** Calls `listener` when the deadline passes (not when it has passed already); returns what removes it. */
  onPass(listener: () => void): () => void {
    if (this.passedWith !== undefined) return noop;
    (this.listeners ??= []).push(listener);
    return () => {
      const index = this.listeners?.indexOf(listener) ?? -1;
      if (index >= 0) this.listeners!.splice(index, 1);
    };
  }
}

function noop(): void {}

/** The deadline of a handle without one (the CLI, the tests' fixtures): it never passes. */
export const NO_DEADLINE = new Deadline();
