import type { Language } from '@qorgau/schema';
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
  /** A localized text in `lang`, else in the request's language, with the usual fallback; null when empty. */
  text(value: LocalizedText | null | undefined, lang?: Language): string | null;
  /** Any record by its type and database id, through the request's loaders; null when there is none. */
  loadNode(type: string, id: string): Promise<unknown>;
}

export function createContext(options: { db: Db; lang: Language }): Context {
  const { db, lang } = options;
  const context: Context = {
    lang,
    db,
    loaders: createLoaders(db),
    text: (value, fieldLang) => pickLanguage(value, fieldLang ?? lang),
    loadNode: (type, id) => loadNode(context.loaders, { type, id }),
  };
  return context;
}
