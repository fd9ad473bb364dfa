/**
 * A cache of recent entries that forgets them all once it holds `max`: bounded memory without
 * bookkeeping per hit, for values that are cheap to compute again (a statement's name, an
 * operation's cost, the media type of an Accept header).
 */
export class RecentMap<K, V> {
  private entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): void {
    if (this.entries.size >= this.max && !this.entries.has(key)) this.entries = new Map();
    this.entries.set(key, value);
  }

  /** The value for `key`, computed and remembered when it is not there. */
  of(key: K, compute: (key: K) => V): V {
    // One lookup for a hit (the hot path: a Content-Type, an Accept header, a cost key per request).
    const known = this.entries.get(key);
    if (known !== undefined || this.entries.has(key)) return known as V;
    const value = compute(key);
    this.set(key, value);
    return value;
  }
}
