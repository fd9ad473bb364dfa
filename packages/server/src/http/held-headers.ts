import type { ServerResponse } from 'node:http';

export type HeaderValue = number | string | string[];

/** The header methods of a response, which the lane points at a HeldHeaders while the middlewares run. */
export type HeaderMethods = {
  setHeader(name: string, value: number | string | readonly string[]): ServerResponse;
  getHeader(name: string): HeaderValue | undefined;
  removeHeader(name: string): void;
};

/**
 * A response's headers held back until the answer: the compiled lane writes them all in one
 * `writeHead` (a flat list, which Node validates and writes once), where setting each of an
 * answer's 21 headers cost more (a bare Node server sending a 3 KB answer with them: 81–86 µs a
 * request one by one, 54–74 with `writeHead`); recordedHeaders records a middleware's headers in
 * one. Held as `setHeader` sets them: a name set again keeps its place, in the case it was last given.
 */
export class HeldHeaders {
  private readonly names: string[] = [];
  /** The names in lower case, for lookups: header names are case-insensitive. */
  private readonly keys: string[] = [];
  private readonly values: HeaderValue[] = [];

  set(name: string, given: number | string | readonly string[]): void {
    const value: HeaderValue = typeof given === 'object' ? [...given] : given;
    const key = name.toLowerCase();
    const index = this.keys.indexOf(key);
    if (index === -1) {
      this.names.push(name);
      this.keys.push(key);
      this.values.push(value);
    } else {
      this.names[index] = name;
      this.values[index] = value;
    }
  }

  get(name: string): HeaderValue | undefined {
    const index = this.keys.indexOf(name.toLowerCase());
    return index === -1 ? undefined : this.values[index];
  }

  remove(name: string): void {
    const index = this.keys.indexOf(name.toLowerCase());
    if (index === -1) return;
    this.names.splice(index, 1);
    this.keys.splice(index, 1);
    this.values.splice(index, 1);
  }

  /** `[name, value, name, value, …]`, as `writeHead` takes them. */
  flat(): HeaderValue[] {
    const flat: HeaderValue[] = [];
    for (let index = 0; index < this.names.length; index += 1) flat.push(this.names[index] as string, this.values[index] as HeaderValue);
    return flat;
  }

  /** Sets them on a response, in order. */
  setOn(res: Pick<ServerResponse, 'setHeader'>): void {
    for (let index = 0; index < this.names.length; index += 1)
      res.setHeader(this.names[index] as string, this.values[index] as HeaderValue);
  }
}
