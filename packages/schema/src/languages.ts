/** The languages every human-readable text of the registry is kept in. */
export const Language = {
  EN: 'EN',
  RU: 'RU',
  KK: 'KK',
} as const;

export type Language = (typeof Language)[keyof typeof Language];

export const LANGUAGES: readonly Language[] = ['EN', 'RU', 'KK'];

/**
 * The order in which a missing translation is replaced: the requested language first, then the
 * others. Russian comes before English for Kazakh readers because nearly every official Kazakh
 * text has an official Russian version.
 */
export const FALLBACK_ORDER: Readonly<Record<Language, readonly Language[]>> = {
  EN: ['EN', 'RU', 'KK'],
  RU: ['RU', 'EN', 'KK'],
  KK: ['KK', 'RU', 'EN'],
};
