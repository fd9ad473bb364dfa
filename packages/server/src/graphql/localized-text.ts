import { FALLBACK_ORDER, type Language } from '@qorgau/schema';

import type { LocalizedText } from '../sql/table';

export type { LocalizedText };

const KEY: Record<Language, keyof LocalizedText> = { EN: 'en', RU: 'ru', KK: 'kk' };

/** The text in `lang`, or in the next language of its fallback order; null when there is none. */
export function pickLanguage(text: LocalizedText | null | undefined, lang: Language): string | null {
  if (!text) return null;
  for (const candidate of FALLBACK_ORDER[lang]) {
    const value = text[KEY[candidate]];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return null;
}

/** The languages a text is actually available in. */
export function availableLanguages(text: LocalizedText | null | undefined): Language[] {
  if (!text) return [];
  return (Object.keys(KEY) as Language[]).filter((lang) => Boolean(text[KEY[lang]]));
}

/**
 * The language an `Accept-Language` header asks for first among the ones the registry keeps
 * (`kk-KZ,ru;q=0.8` → KK). Unknown or malformed headers give the default instead of an error,
 * as browsers send whatever their user configured.
 */
export function languageFromHeader(header: string | undefined, fallback: Language = 'EN'): Language {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1;
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    if (entry.primary === 'en') return 'EN';
    if (entry.primary === 'ru') return 'RU';
    if (entry.primary === 'kk' || entry.primary === 'kz') return 'KK';
  }
  return fallback;
}
