import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient } from '../src';
import { serverUrl } from './server';

const CONFERENCE = 'astana-conference-prevention-of-domestic-violence-2017-12-08';
const PILOT = 'kazakhstan-without-domestic-violence-south-kazakhstan';

describe('every operation returns the seeded data', () => {
  const qorgau = createClient({ url: serverUrl() });

  it('events and event', async () => {
    const page = await qorgau.events({ first: 5, filter: { kinds: ['CONFERENCE'] } });
    expect(page.events.totalCount).toBe(1);
    const title: string = page.events.nodes[0]!.title;
    expect(title).toContain('Prevention of Domestic Violence');
    const { event } = await qorgau.event({ slug: CONFERENCE });
    expect(event?.startsOn).toBe('2017-12-08');
    expect(event?.organizers.map((o) => o.organization.shortName)).toEqual([
      "General Prosecutor's Office",
      'National Commission',
      null,
      'UN Women',
      'UNFPA',
      'UNICEF',
    ]);
    expect(event?.participants.find((p) => p.role === 'MODERATOR')?.official?.fullName).toBe('Elena Tarasenko');
    expect(event?.recommendations.totalCount).toBe(3);
    expect(event?.sources[0]?.slug).toBe('gpo-press-release-2017-12-08');
  });

  it('organizations and organization', async () => {
    const page = await qorgau.organizations({ filter: { kinds: ['INTERNATIONAL_ORGANIZATION'] } });
    expect(page.organizations.nodes.map((o) => o.shortName).sort()).toEqual(['UN Women', 'UNFPA', 'UNICEF']);
    const { organization } = await qorgau.organization({ slug: 'general-prosecutors-office' });
    expect(organization?.contacts.map((c) => c.value)).toEqual(['8 (7172) 71 27 66', '8 (7172) 71 28 19']);
    expect(organization?.officials.nodes.map((o) => o.slug)).toEqual(['andrei-lukin', 'saltanat-tursynbekova']);
  });

  it('officials and official', async () => {
    const page = await qorgau.officials({ first: 10 });
    expect(page.officials.totalCount).toBe(4);
    const { official } = await qorgau.official({ slug: 'serik-ospanov' });
    expect(official?.posts[0]).toMatchObject({ title: 'Head of the National Center for Human Rights', attestedOn: '2017-12-08' });
  });

  it('regions and region', async () => {
    const page = await qorgau.regions({ filter: { kinds: ['REGION'] } });
    expect(page.regions.nodes.map((r) => r.slug)).toEqual(expect.arrayContaining(['south-kazakhstan-region', 'turkestan-region']));
    const { region } = await qorgau.region({ slug: 'south-kazakhstan-region' });
    expect(region?.successors.map((r) => r.slug)).toEqual(['turkestan-region']);
  });

  it('programmes and programme', async () => {
    const page = await qorgau.programmes();
    expect(page.programmes.nodes.map((p) => p.slug)).toEqual(['kazakhstan-without-domestic-violence']);
    const { programme } = await qorgau.programme({ slug: 'kazakhstan-without-domestic-violence' });
    expect(programme?.pilotRegions.map((p) => p.slug)).toEqual([PILOT]);
  });

  it('pilotRegions, pilotRegion and the pilot dashboard', async () => {
    const page = await qorgau.pilotRegions();
    expect(page.pilotRegions.totalCount).toBe(1);
    const { pilotRegion } = await qorgau.pilotRegion({ slug: PILOT });
    expect(pilotRegion?.startedOnPrecision).toBe('MONTH');
    const dashboard = await qorgau.pilotDashboard({ slug: PILOT, indicators: { indicators: ['EVENTS_HELD', 'PEOPLE_REACHED'] } });
    expect(dashboard.pilotRegion?.indicators.map((i) => [i.indicator, i.value, i.qualifier])).toEqual([
      ['EVENTS_HELD', 3000, 'MORE_THAN'],
      ['PEOPLE_REACHED', 1000000, 'APPROXIMATELY'],
    ]);
    expect(dashboard.pilotRegion?.measures).toHaveLength(7);
    expect(dashboard.pilotRegion?.areas.map((a) => a.unitCount)).toEqual([14, null]);
    expect(dashboard.pilotRegion?.indicatorTotals.find((t) => t.indicator === 'CITIZENS_HELPED')).toMatchObject({
      total: 7000,
      exact: false,
    });
    expect(dashboard.pilotRegion?.recommendationCounts).toEqual([]);
  });

  it('the aggregates: eventStats, recommendationStats and indicatorTotals', async () => {
    const { region } = await qorgau.region({ slug: 'south-kazakhstan-region' });
    const { indicatorTotals } = await qorgau.indicatorTotals({ filter: { region: region!.id }, groupBy: ['INDICATOR'] });
    expect(indicatorTotals.map((b) => [b.indicator, b.total, b.exact, b.qualifier, b.groupedBy])).toEqual([
      ['EVENTS_HELD', 3000, false, 'MORE_THAN', ['INDICATOR']],
      ['PEOPLE_REACHED', 1000000, false, 'APPROXIMATELY', ['INDICATOR']],
      ['CITIZENS_HELPED', 7000, false, 'MORE_THAN', ['INDICATOR']],
    ]);
    const { region: astana } = await qorgau.region({ slug: 'astana' });
    const { eventStats } = await qorgau.eventStats({ filter: { region: astana!.id }, groupBy: ['REGION', 'YEAR'] });
    expect(eventStats).toEqual([
      expect.objectContaining({
        count: 1,
        region: expect.objectContaining({ slug: 'astana' }),
        period: { start: '2017-01-01', end: '2017-12-31' },
      }),
    ]);
    const { event } = await qorgau.event({ slug: CONFERENCE });
    const { recommendationStats } = await qorgau.recommendationStats({ filter: { event: event!.id }, groupBy: ['EVENT'] });
    expect(recommendationStats.map((b) => [b.event?.slug, b.count, b.overdue])).toEqual([[CONFERENCE, 3, 0]]);
  });

  it('enumLabels', async () => {
    const { enumLabels } = await qorgau.enumLabels({ types: ['EventStatus'], lang: 'KK' });
    expect(enumLabels).toEqual([
      {
        type: 'EventStatus',
        values: [
          { value: 'PLANNED', label: 'Жоспарланған' },
          { value: 'ONGOING', label: 'Өтіп жатыр' },
          { value: 'HELD', label: 'Өткізілді' },
          { value: 'CANCELLED', label: 'Тоқтатылды' },
        ],
      },
    ]);
  });

  it('recommendations and recommendation', async () => {
    const page = await qorgau.recommendations({ filter: { statuses: ['ADOPTED'] } });
    expect(page.recommendations.totalCount).toBe(3);
    const { recommendation } = await qorgau.recommendation({ slug: 'astana-2017-strengthen-family-institution' });
    expect(recommendation?.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'ADOPTED', changedOn: '2017-12-08' })]);
    expect(recommendation?.event.slug).toBe(CONFERENCE);
  });

  it('search, with typed union results', async () => {
    const { search } = await qorgau.search({ query: 'domestic violence' });
    const first = search.edges[0]!.node;
    expect(first.__typename).toBe('Event');
    if (first.__typename === 'Event') expect(first.eventKind).toBe('CONFERENCE');
  });

  it('sends the language: client-wide, and per call', async () => {
    const russian = createClient({ url: serverUrl(), lang: 'RU' });
    expect((await russian.organization({ slug: 'parliament' })).organization?.name).toBe('Парламент Республики Казахстан');
    expect((await russian.organization({ slug: 'parliament' }, { lang: 'KK' })).organization?.name).toBe(
      'Қазақстан Республикасының Парламенті',
    );
    expect((await russian.organization({ slug: 'parliament', lang: 'EN' })).organization?.name).toBe(
      'Parliament of the Republic of Kazakhstan',
    );
  });

  it("runs a parsed TypedDocumentNode of the user's own (as gql/graphql-tag make them)", async () => {
    const document = parse('query Own($slug: String!) { organization(slug: $slug) { shortName } }') as TypedDocumentNode<
      { organization: { shortName: string | null } | null },
      { slug: string }
    >;
    const data = await qorgau.request(document, { slug: 'unfpa-kazakhstan' });
    const shortName: string | null | undefined = data.organization?.shortName;
    expect(shortName).toBe('UNFPA');
  });

  it("runs a document of the user's own through request()", async () => {
    const query = `query Mine($slug: String!) { region(slug: $slug) { slug kind } }` as string & {
      __apiType?: (v: { slug: string }) => { region: { slug: string; kind: string } | null };
    };
    const data = await qorgau.request(query, { slug: 'astana' });
    expect(data.region).toEqual({ slug: 'astana', kind: 'CITY_OF_REPUBLICAN_SIGNIFICANCE' });
  });
});
