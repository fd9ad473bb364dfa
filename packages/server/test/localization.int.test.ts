import { dataOf, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const ORG = `{ organization(slug: "general-prosecutors-office") { name shortName } }`;

describe('localized texts', () => {
  it('answers in English by default', async () => {
    expect(dataOf(await server.gql(ORG)).organization.name).toBe("General Prosecutor's Office of the Republic of Kazakhstan");
  });

  it('takes the language from Accept-Language, with quality values', async () => {
    const ru = dataOf(await server.gql(ORG, {}, { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' }));
    expect(ru.organization.name).toBe('Генеральная прокуратура Республики Казахстан');
    const kk = dataOf(await server.gql(ORG, {}, { 'accept-language': 'de;q=0.9, kk-KZ;q=0.8, ru;q=0.5' }));
    expect(kk.organization.name).toBe('Қазақстан Республикасының Бас прокуратурасы');
  });

  it('lets the lang argument override the header per field', async () => {
    const data = dataOf(
      await server.gql(
        `{ organization(slug: "general-prosecutors-office") { en: name(lang: EN) kk: name(lang: KK) default: shortName } }`,
        {},
        { 'accept-language': 'ru' },
      ),
    );
    expect(data.organization).toEqual({
      en: "General Prosecutor's Office of the Republic of Kazakhstan",
      kk: 'Қазақстан Республикасының Бас прокуратурасы',
      default: 'Генеральная прокуратура',
    });
  });

  it('falls back to another language when a translation is missing: Kazakh to Russian, Russian to English', async () => {
    const data = dataOf(
      await server.gql(`{
      official(slug: "andrei-lukin") { kk: fullName(lang: KK) }
      organization(slug: "south-kazakhstan-management-for-family-affairs") { ru: name(lang: RU) kk: name(lang: KK) }
    }`),
    );
    expect(data.official.kk).toBe('Андрей Лукин');
    expect(data.organization.ru).toBe('Management for Family Affairs of the South-Kazakhstan region');
    expect(data.organization.kk).toBe('Management for Family Affairs of the South-Kazakhstan region');
  });

  it('ignores an Accept-Language it cannot use', async () => {
    const data = dataOf(await server.gql(ORG, {}, { 'accept-language': ';;;q=abc, *' }));
    expect(data.organization.name).toBe("General Prosecutor's Office of the Republic of Kazakhstan");
  });

  it('rejects an unknown language as bad input', async () => {
    const literal = await server.gql(`{ organization(slug: "general-prosecutors-office") { name(lang: DE) } }`);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'lang' });
    const variable = await server.gql(`query($lang: Language) { organization(slug: "general-prosecutors-office") { name(lang: $lang) } }`, {
      lang: 'de',
    });
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.errors?.[0]?.message).toContain('$lang');
  });
});
