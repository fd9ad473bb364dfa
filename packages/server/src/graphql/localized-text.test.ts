import { availableLanguages, languageFromHeader, pickLanguage } from './localized-text';

describe('pickLanguage', () => {
  const full = { en: 'Parliament', ru: 'Парламент', kk: 'Парламенті' };

  it('returns the requested language when present', () => {
    expect(pickLanguage(full, 'KK')).toBe('Парламенті');
    expect(pickLanguage(full, 'RU')).toBe('Парламент');
  });

  it('falls back Kazakh → Russian → English, Russian → English → Kazakh, English → Russian → Kazakh', () => {
    expect(pickLanguage({ en: 'A', ru: 'Б' }, 'KK')).toBe('Б');
    expect(pickLanguage({ en: 'A' }, 'KK')).toBe('A');
    expect(pickLanguage({ kk: 'Ә' }, 'RU')).toBe('Ә');
    expect(pickLanguage({ ru: 'Б', kk: 'Ә' }, 'EN')).toBe('Б');
  });

  it('treats an empty string as missing, and gives null when nothing is there', () => {
    expect(pickLanguage({ en: '', ru: 'Б' }, 'EN')).toBe('Б');
    expect(pickLanguage({}, 'EN')).toBeNull();
    expect(pickLanguage(null, 'EN')).toBeNull();
  });

  it('lists the languages a text has', () => {
    expect(availableLanguages({ en: 'A', kk: 'Ә' })).toEqual(['EN', 'KK']);
  });
});

describe('languageFromHeader', () => {
  it.each([
    [undefined, 'EN'],
    ['', 'EN'],
    ['ru', 'RU'],
    ['kk-KZ', 'KK'],
    ['kz', 'KK'],
    ['en-US,en;q=0.9', 'EN'],
    ['de-DE,de;q=0.9,ru;q=0.8,en;q=0.7', 'RU'],
    ['en;q=0.2, kk;q=0.9', 'KK'],
    ['ru;q=0, en', 'EN'],
    ['*', 'EN'],
    ['garbage;;q=x', 'EN'],
  ])('%p → %p', (header, expected) => {
    expect(languageFromHeader(header)).toBe(expected);
  });
});
