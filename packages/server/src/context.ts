import type { Language } from '@qorgau/schema';
import type { Principal } from './auth/principal';
import { pickLanguage, type LocalizedText } from './graphql/localized-text';
import { createLoaders, type Loaders } from './loaders';
import { loadNode } from './modules/node/node.service';
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
  /** Drops every cached record of the request: called after a write, which may change any of them. */
  resetLoaders(): void;
}

export function createContext(options: {
  db: Db;
  lang: Language;
  principal?: Principal | null;
  requestId: string;
  clientAddress?: string;
}): Context {
  const { db, lang } = options;
  // Made on first use: a compiled read never touches them.
  let loaders: Loaders | undefined;
  const context: Context = {
    lang,
    db,
    get loaders() {
      loaders ??= createLoaders(db);
      return loaders;
    },
    principal: options.principal ?? null,
    requestId: options.requestId,
    clientAddress: options.clientAddress ?? 'unknown',
    text: (value, fieldLang) => pickLanguage(value, fieldLang ?? lang),
    loadNode: (type, id) => loadNode(context.loaders, { type, id }),
    resetLoaders: () => {
      loaders = undefined;
    },
  };
  return context;
}
