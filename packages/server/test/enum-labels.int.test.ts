import { ENUM_LABELS } from '@qorgau/schema';
import { isEnumType } from 'graphql';
import { buildQorgauSchema } from '../src/schema';
import { dataOf, startTestServer, type GraphQLResponse, type TestServer } from './harness';

// Localized labels for enum values (issue 10, part 4): apps stop hard-coding Russian and Kazakh
// text. Every enum of the registry's records has a label for every value in every language, and
// the API serves them through both read paths.

/** Enums that only shape requests (orderings, dimensions, directions) or are codes, not shown to readers. */
const WITHOUT_LABELS = (name: string) =>
  name.endsWith('OrderField') || name.endsWith('Dimension') || ['SortDirection', 'Language', 'UserErrorCode'].includes(name);

describe('ENUM_LABELS', () => {
  const schema = buildQorgauSchema();
  const enums = Object.values(schema.getTypeMap()).filter((type) => isEnumType(type) && !type.name.startsWith('__'));

  it.each(enums.filter((type) => !WITHOUT_LABELS(type.name)).map((type) => [type.name]))(
    'labels every value of %s in en, ru and kk',
    (name) => {
      const type = schema.getType(name);
      if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
      const labels = ENUM_LABELS[name];
      expect(Object.keys(labels ?? {}).sort()).toEqual(
        type
          .getValues()
          .map((value) => value.name)
          .sort(),
      );
      for (const label of Object.values(labels ?? {})) {
        expect([label.en, label.ru, label.kk].every((text) => text.trim().length > 0)).toBe(true);
        expect(label.ru).toMatch(/[а-яё]/i);
        expect(label.kk).toMatch(/[а-яёәғқңөұүһі]/i);
      }
    },
  );

  it('labels no enum the schema does not have', () => {
    const names = new Set(enums.map((type) => type.name));
    expect(Object.keys(ENUM_LABELS).filter((name) => !names.has(name))).toEqual([]);
  });
});

describe('enumLabels', () => {
  let compiled: TestServer;
  let resolvers: TestServer;
  beforeAll(async () => {
    compiled = await startTestServer();
    resolvers = await startTestServer({ COMPILED_READS: 'false' });
  });
  afterAll(async () => {
    await compiled?.stop();
    await resolvers?.stop();
  });

  async function ask(query: string, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
    const [fast, reference] = await Promise.all([compiled.gql(query, {}, headers), resolvers.gql(query, {}, headers)]);
    expect(fast.data).toEqual(reference.data);
    expect(fast.errors?.[0]?.extensions?.code).toEqual(reference.errors?.[0]?.extensions?.code);
    return fast;
  }

  it('answers the labels of the enums asked for, in the language asked', async () => {
    const response = await ask(`{ enumLabels(types: ["RecommendationStatus", "EventKind"], lang: RU) { type values { value label } } }`);
    expect(response.sqlStatements).toBe(1);
    const data = dataOf(response).enumLabels as Array<{ type: string; values: Array<{ value: string; label: string }> }>;
    expect(data.map((labels) => labels.type)).toEqual(['EventKind', 'RecommendationStatus']);
    expect(data[0]!.values.find((v) => v.value === 'CONFERENCE')).toEqual({ value: 'CONFERENCE', label: 'Конференция' });
    expect(data[1]!.values.map((v) => v.value)).toEqual(['PROPOSED', 'ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED']);
  });

  it('follows Accept-Language, and answers every enum with labels when none is named', async () => {
    const kazakh = await ask(`{ enumLabels(types: ["ValueQualifier"]) { values { value label } } }`, { 'accept-language': 'kk' });
    expect(dataOf(kazakh).enumLabels[0].values.find((v: { value: string }) => v.value === 'MORE_THAN').label).toBe('астам');
    const all = await ask(`{ enumLabels { type } }`);
    expect(dataOf(all).enumLabels.map((labels: { type: string }) => labels.type)).toEqual(Object.keys(ENUM_LABELS).sort());
  });

  it('refuses an enum without labels, naming its position', async () => {
    const response = await ask(`{ enumLabels(types: ["EventKind", "NoSuchEnum"]) { type } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'types[1]' });
    // Not a name every object has.
    const inherited = await ask(`{ enumLabels(types: ["constructor"]) { type } }`);
    expect(inherited.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'types[0]' });
  });
});
