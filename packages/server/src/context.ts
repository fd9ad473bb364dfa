import type { Language } from '@qorgau/schema';
import type { Principal } from './auth/principal';
import { pickLanguage, type LocalizedText } from './graphql/localized-text';
import { createLoaders, type Loaders } from './loaders';
import { loadNode, loadNodeBySlug } from './modules/node/node.service';
import type { Db } from './sql/db';

export interface Context {
  /** The language of texts when a field gets no `lang` argument (from `Accept-Language`). */
  lang: Language;
  db: Db;
  /** Created per request: loaders must not outlive the operation nor be shared between clients. */
  loaders: Loaders;
  /** The API key the request carried; null for anonymous reads. */
  principal: Principal | null;
  /** The request's id (`x-request-id`), kept in the audit log beside its writes. */
  requestId: string;
  /** The client's address (behind trusted proxies, the one they report): whose budget anonymous reads spend. */
  clientAddress: string;
  /** A localized text in `lang`, else in the request's language, with the usual fallback; null when empty. */
  text(value: LocalizedText | null | undefined, lang?: Language): string | null;
  /** Any record by its type and database id, through the request's loaders; null when there is none. */
  loadNode(type: string, id: string): Promise<unknown>;
  loadNodeBySlug(type: string, slug: string): Promise<unknown>;
  /** Drops every cached record of the request: called after a write, which may change any of them. */
  resetLoaders(): void;
  /**
   * `compute()`'s result, computed once per request under `key`: a request that the compiled lane
   * hands over to Apollo is charged, and its statement tried, once (http/compiled-lane.ts).
   */
  once<T>(key: symbol, compute: () => T): T;
}

/**
 * A request's context. Apollo hands resolvers a shallow copy of it (`Object.assign` onto an object
 * of the same prototype): the loaders therefore live in a holder the copy shares, behind a getter on
 * the prototype (which the copy does not evaluate), so that `resetLoaders` after a write reaches the
 * loaders the resolvers use, and a request that reads nothing through them (a compiled read) never
 * makes them.
 */
class RequestContext implements Context {
  readonly lang: Language;
  readonly db: Db;
  readonly principal: Principal | null;
  readonly requestId: string;
  readonly clientAddress: string;
  private readonly held: { loaders?: Loaders; once: Map<symbol, unknown> };

  constructor(options: { db: Db; lang: Language; principal?: Principal | null; requestId: string; clientAddress?: string }) {
    this.lang = options.lang;
    this.db = options.db;
    this.principal = options.principal ?? null;
    this.requestId = options.requestId;
    this.clientAddress = options.clientAddress ?? 'unknown';
    this.held = { once: new Map() };
  }

  get loaders(): Loaders {
    this.held.loaders ??= createLoaders(this.db);
    return this.held.loaders;
  }

  text(value: LocalizedText | null | undefined, lang?: Language): string | null {
    return pickLanguage(value, lang ?? this.lang);
  }

  loadNodeBySlug(type: string, slug: string): Promise<unknown> {
    return loadNodeBySlug(this.loaders, type, slug);
  }

  loadNode(type: string, id: string): Promise<unknown> {
    return loadNode(this.loaders, { type, id });
  }

  resetLoaders(): void {
    this.held.loaders = undefined;
  }

  once<T>(key: symbol, compute: () => T): T {
    if (!this.held.once.has(key)) this.held.once.set(key, compute());
    return this.held.once.get(key) as T;
  }
}

export function createContext(options: {
  db: Db;
  lang: Language;
  principal?: Principal | null;
  requestId: string;
  clientAddress?: string;
}): Context {
  return new RequestContext(options);
}
