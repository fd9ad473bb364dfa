import { applySeeds } from '../src/db/seed/apply-seed';
import { dataOf, startTestServer, type TestServer } from './harness';

const CONFERENCE = 'astana-conference-prevention-of-domestic-violence-2017-12-08';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('the press release of 8 December 2017, as loaded by the seed', () => {
  it('has the conference: title, kind, date, city, region, occasion and the campaign it is part of', async () => {
    const { event } = dataOf(
      await server.gql(`{
      event(slug: "${CONFERENCE}") {
        title kind status startsOn endsOn city occasion summary topics conclusions
        region { slug name kind }
        partOf { slug kind title }
        sources { slug title publishedOn kind publisher }
      }
    }`),
    );
    expect(event).toMatchObject({
      title: 'Prevention of Domestic Violence - Real Steps to Achieve the Sustainable Development Goals in Kazakhstan',
      kind: 'CONFERENCE',
      status: 'HELD',
      startsOn: '2017-12-08',
      endsOn: '2017-12-08',
      city: 'Astana',
      region: { slug: 'astana', kind: 'CITY_OF_REPUBLICAN_SIGNIFICANCE' },
      partOf: { slug: 'sixteen-days-without-violence-2017', kind: 'CAMPAIGN' },
    });
    expect(event.occasion).toContain('International Human Rights Day');
    expect(event.partOf.title).toContain('16 days without violence');
    expect(event.topics).toEqual([
      'Strengthening the prevention of family and domestic offenses',
      'The problem of law enforcement practice',
      'The prospects for improving legislation in this area',
    ]);
    expect(event.conclusions).toHaveLength(3);
    expect(event.sources).toEqual([
      expect.objectContaining({ slug: 'gpo-press-release-2017-12-08', publishedOn: '2017-12-08', kind: 'PRESS_RELEASE' }),
    ]);
  });

  it('names the organizers and co-organizers in the order of the release', async () => {
    const { event } = dataOf(await server.gql(`{ event(slug: "${CONFERENCE}") { organizers { role organization { slug shortName } } } }`));
    expect(event.organizers.map((o: any) => [o.role, o.organization.slug])).toEqual([
      ['ORGANIZER', 'general-prosecutors-office'],
      ['ORGANIZER', 'national-commission-for-women-and-family-demographic-policy'],
      ['ORGANIZER', 'human-rights-ombudsman'],
      ['CO_ORGANIZER', 'un-women-central-asia'],
      ['CO_ORGANIZER', 'unfpa-kazakhstan'],
      ['CO_ORGANIZER', 'unicef-kazakhstan'],
    ]);
    expect(event.organizers.slice(3).map((o: any) => o.organization.shortName)).toEqual(['UN Women', 'UNFPA', 'UNICEF']);
  });

  it('has the moderator, the speakers (named or by title) and the participants', async () => {
    const { event } = dataOf(
      await server.gql(`{
      event(slug: "${CONFERENCE}") { participants { role title official { slug fullName } organization { slug } } }
    }`),
    );
    const byRole = (role: string) => event.participants.filter((p: any) => p.role === role);
    expect(byRole('MODERATOR')).toEqual([
      {
        role: 'MODERATOR',
        title: 'Deputy Chairman of the National Commission',
        official: { slug: 'elena-tarasenko', fullName: 'Elena Tarasenko' },
        organization: { slug: 'national-commission-for-women-and-family-demographic-policy' },
      },
    ]);
    const speakers = byRole('SPEAKER');
    expect(speakers.filter((p: any) => p.official).map((p: any) => p.official.slug)).toEqual([
      'andrei-lukin',
      'saltanat-tursynbekova',
      'serik-ospanov',
    ]);
    expect(speakers.filter((p: any) => !p.official && p.organization).map((p: any) => p.organization.slug)).toEqual([
      'ministry-of-foreign-affairs',
      'ministry-of-healthcare',
      'ministry-of-labour-and-social-protection',
    ]);
    expect(speakers.filter((p: any) => !p.official && !p.organization).map((p: any) => p.title)).toEqual([
      'International experts',
      'NGO representatives',
    ]);
    const participants = byRole('PARTICIPANT');
    expect(participants.map((p: any) => p.organization?.slug ?? p.title)).toEqual([
      'presidential-administration',
      'prime-ministers-office',
      'parliament',
      'national-commission-for-women-and-family-demographic-policy',
      'national-center-for-human-rights',
      'Heads of central state and law enforcement bodies',
      'Experts of international organizations',
      'NGOs',
    ]);
  });

  it('keeps the officials with their posts, attested on the day of the conference', async () => {
    const { official } = dataOf(
      await server.gql(`{
      official(slug: "saltanat-tursynbekova") { fullName posts { title startedOn endedOn attestedOn isCurrent organization { slug } } events { nodes { slug } } }
    }`),
    );
    expect(official).toEqual({
      fullName: 'Saltanat Tursynbekova',
      posts: [
        {
          title: 'Senior Assistant to the General Prosecutor for Special Assignments',
          startedOn: null,
          endedOn: null,
          attestedOn: '2017-12-08',
          isCurrent: null,
          organization: { slug: 'general-prosecutors-office' },
        },
      ],
      events: { nodes: [{ slug: CONFERENCE }] },
    });
  });

  it("has the press service phones as contact points of the General Prosecutor's Office", async () => {
    const { organization } = dataOf(
      await server.gql(`{ organization(slug: "general-prosecutors-office") { kind contacts { kind value label } } }`),
    );
    expect(organization).toEqual({
      kind: 'LAW_ENFORCEMENT',
      contacts: [
        { kind: 'PHONE', value: '8 (7172) 71 27 66', label: 'Press Service' },
        { kind: 'PHONE', value: '8 (7172) 71 28 19', label: 'Press Service' },
      ],
    });
  });

  it("has the programme and its pilot: region, start, areas, measures and the services' properties", async () => {
    const { programme } = dataOf(
      await server.gql(`{
      programme(slug: "kazakhstan-without-domestic-violence") {
        name leadOrganization { slug }
        pilotRegions {
          startedOn startedOnPrecision status
          region { slug validUntil successors { slug } }
          areas { name unitCount region { slug } }
          measures { kind status title description audiences organization { slug kind serviceProfile { freeOfCharge accessibleToRuralPopulation hasCrisisBeds } } }
        }
      }
    }`),
    );
    expect(programme.name).toBe('Kazakhstan without Domestic Violence');
    expect(programme.leadOrganization.slug).toBe('general-prosecutors-office');
    const [pilot] = programme.pilotRegions;
    expect(pilot).toMatchObject({
      startedOn: '2017-06-01',
      startedOnPrecision: 'MONTH',
      region: { slug: 'south-kazakhstan-region', validUntil: '2018-06-19', successors: [{ slug: 'turkestan-region' }] },
      areas: [
        { name: '14 districts of the South-Kazakhstan region', unitCount: 14, region: { slug: 'south-kazakhstan-region' } },
        { name: 'Shymkent', unitCount: null, region: { slug: 'shymkent-south-kazakhstan' } },
      ],
    });
    const measures = pilot.measures as any[];
    expect(measures.map((m) => [m.kind, m.status])).toEqual([
      ['PRACTICE_CHANGE', 'IN_FORCE'],
      ['INSTITUTION_SET_UP', 'ESTABLISHED'],
      ['INSTITUTION_SET_UP', 'ESTABLISHED'],
      ['PROCEDURE', 'DEVELOPED'],
      ['INFORMATION_SYSTEM', 'DRAFTED'],
      ['SERVICE_OPENED', 'ESTABLISHED'],
      ['TRAINING', 'CONDUCTED'],
    ]);
    expect(measures[4].description).toContain('e-Halyk');
    expect(measures[5].organization).toEqual({
      slug: 'south-kazakhstan-social-and-psychological-support-services',
      kind: 'SUPPORT_SERVICE',
      serviceProfile: { freeOfCharge: true, accessibleToRuralPopulation: true, hasCrisisBeds: true },
    });
    expect(measures[6].audiences).toEqual(['Education employees', 'Health employees', 'Social employees', 'Employees of the new services']);
  });

  it('keeps the figures with their qualifiers exactly as stated', async () => {
    const { pilotRegion } = dataOf(
      await server.gql(`{
      pilotRegion(slug: "kazakhstan-without-domestic-violence-south-kazakhstan") {
        indicators { indicator kind value qualifier statedAs periodStart periodEnd region { slug } }
      }
    }`),
    );
    const byIndicator = Object.fromEntries(pilotRegion.indicators.map((i: any) => [i.indicator, i]));
    expect(byIndicator.EVENTS_HELD).toMatchObject({
      value: 3000,
      qualifier: 'MORE_THAN',
      statedAs: 'more than 3 thousand events',
      kind: 'ACTUAL',
    });
    expect(byIndicator.PEOPLE_REACHED).toMatchObject({ value: 1000000, qualifier: 'APPROXIMATELY', statedAs: 'about 1 million people' });
    expect(byIndicator.CITIZENS_HELPED).toMatchObject({ value: 7000, qualifier: 'MORE_THAN', statedAs: 'more than 7 thousand citizens' });
    for (const value of pilotRegion.indicators) {
      expect(value).toMatchObject({ periodStart: '2017-06-01', periodEnd: '2017-12-08', region: { slug: 'south-kazakhstan-region' } });
    }
  });

  it('has the recommendations with their status history', async () => {
    const { event } = dataOf(
      await server.gql(`{
      event(slug: "${CONFERENCE}") { recommendations { totalCount nodes { slug theme status history { fromStatus toStatus changedOn } sources { slug } } } }
    }`),
    );
    expect(event.recommendations.totalCount).toBe(3);
    expect(event.recommendations.nodes.map((r: any) => r.theme)).toEqual(['HUMAN_RIGHTS', 'PREVENTION', 'FAMILY']);
    for (const recommendation of event.recommendations.nodes) {
      expect(recommendation.status).toBe('ADOPTED');
      expect(recommendation.history).toEqual([{ fromStatus: null, toStatus: 'ADOPTED', changedOn: '2017-12-08' }]);
      expect(recommendation.sources).toEqual([{ slug: 'gpo-press-release-2017-12-08' }]);
    }
  });

  it('cites a source of its own for every fact added from public knowledge', async () => {
    const { region, organization } = dataOf(
      await server.gql(`{
      region(slug: "turkestan-region") { validFrom predecessors { slug } sources { slug url kind } }
      organization(slug: "ministry-of-healthcare") { name(lang: RU) sources { slug } }
    }`),
    );
    expect(region).toEqual({
      validFrom: '2018-06-19',
      predecessors: [{ slug: 'south-kazakhstan-region' }],
      sources: [{ slug: 'decree-2018-06-19-702', url: 'https://adilet.zan.kz/rus/docs/U1800000702', kind: 'LEGAL_ACT' }],
    });
    expect(organization.name).toBe('Министерство здравоохранения Республики Казахстан');
    expect(organization.sources.map((s: any) => s.slug)).toEqual(
      expect.arrayContaining(['gpo-press-release-2017-12-08', 'adilet-official-names']),
    );
  });

  it('links every seeded record to at least one source', async () => {
    const unsourced = await server.sql(`
      SELECT type, slug FROM (
        SELECT 'Event' AS type, id, slug FROM events UNION ALL SELECT 'Organization', id, slug FROM organizations
        UNION ALL SELECT 'Official', id, slug FROM officials UNION ALL SELECT 'Region', id, slug FROM regions
        UNION ALL SELECT 'Programme', id, slug FROM programmes UNION ALL SELECT 'PilotRegion', id, slug FROM pilot_regions
        UNION ALL SELECT 'Recommendation', id, slug FROM recommendations) r
      WHERE slug NOT LIKE 't-%' AND NOT EXISTS (SELECT 1 FROM record_sources s WHERE s.record_type = r.type AND s.record_id = r.id)`);
    expect(unsourced).toEqual([]);
  });

  it('changes nothing when the seed runs again', async () => {
    // A digest of every seeded row (test files add rows of their own, under slugs starting with "t-").
    const digest = async () =>
      (
        await server.sql<{ digest: string }>(`
      SELECT md5(concat_ws('|',
        (SELECT string_agg(t::text, ',' ORDER BY id) FROM events t WHERE slug NOT LIKE 't-%'),
        (SELECT string_agg(t::text, ',' ORDER BY id) FROM organizations t WHERE slug NOT LIKE 't-%'),
        (SELECT string_agg(t::text, ',' ORDER BY id) FROM officials t WHERE slug NOT LIKE 't-%'),
        (SELECT string_agg(t::text, ',' ORDER BY id) FROM regions t WHERE slug NOT LIKE 't-%'),
        (SELECT string_agg(t::text, ',' ORDER BY id) FROM recommendations t WHERE slug NOT LIKE 't-%'),
        (SELECT string_agg(p::text, ',' ORDER BY p.id) FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.slug NOT LIKE 't-%'),
        (SELECT string_agg(t::text, ',' ORDER BY id) FROM indicator_values t),
        (SELECT string_agg(t::text, ',' ORDER BY id) FROM pilot_measures t),
        (SELECT string_agg(t::text, ',' ORDER BY source_id, record_type, record_id) FROM record_sources t),
        (SELECT string_agg(t::text, ',' ORDER BY name) FROM seed_history t))) AS digest`)
      )[0]!.digest;
    const before = await digest();
    expect(await applySeeds(server.dataSource)).toEqual([]);
    expect(await digest()).toBe(before);
  });
});
