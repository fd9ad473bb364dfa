import type { Language } from '@qorgau/schema';
import type { Db } from './common/db';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  /** The language of texts when a field gets no `lang` argument (from `Accept-Language`). */
  lang: Language;
  db: Db;
  /** Created per request: loaders must not outlive the operation nor be shared between clients. */
  loaders: Loaders;
}

export function createContext(db: Db, lang: Language): Context {
  return { lang, db, loaders: createLoaders(db) };
}
