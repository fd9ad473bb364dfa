import type { Language } from '@qorgau/schema';
import type { Db } from './common/db';
import { pickLanguage, type LocalizedText } from './common/localized-text';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  /** The language of texts when a field gets no `lang` argument (from `Accept-Language`). */
  lang: Language;
  db: Db;
  /** Created per request: loaders must not outlive the operation nor be shared between clients. */
  loaders: Loaders;
  /** A localized text in `lang`, else in the request's language, with the usual fallback; null when empty. */
  text(value: LocalizedText | null | undefined, lang?: Language): string | null;
}

export function createContext(db: Db, lang: Language): Context {
  return { lang, db, loaders: createLoaders(db), text: (value, fieldLang) => pickLanguage(value, fieldLang ?? lang) };
}
