import { createRegion, uniquePrefix } from './fixtures';
import { dataOf, startTestServer, type TestServer } from './harness';

// Sub-records that users cite or edit (issue 10, part 4): participants, contact points, pilot areas
// and measures, status changes have IDs, and an update that names one in its list keeps it — its ID
// stays, its fields are replaced, its place follows the list — while the ones not named go and new
// ones get new IDs. An ID of another record's list is refused, naming the item.

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = (await server.key('ADMIN')).key;
});
afterAll(async () => {
  await server?.stop();
});

async function write(query: string, input: Record<string, unknown>): Promise<Record<string, any>> {
  const payload = Object.values(dataOf(await server.as(admin, query, { input })))[0] as Record<string, any>;
  return payload;
}

describe('participants', () => {
  const CREATE = `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id version participants { id role title } } userErrors { field code } } }`;
  const UPDATE = `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { version participants { id role title } } userErrors { field code message } } }`;

  it('keep their IDs through an update that names them, in the new order', async () => {
    const created = await write(CREATE, {
      title: { en: 'Sub-records training' },
      kind: 'TRAINING',
      startsOn: '2024-04-01',
      organizers: [{ organization: 'general-prosecutors-office', role: 'ORGANIZER' }],
      participants: [
        { role: 'SPEAKER', title: { en: 'First speaker' } },
        { role: 'PARTICIPANT', title: { en: 'Second, to drop' } },
        { role: 'PARTICIPANT', title: { en: 'Third' } },
      ],
    });
    expect(created.userErrors).toEqual([]);
    const [first, second, third] = created.event.participants as Array<{ id: string }>;
    expect(new Set([first!.id, second!.id, third!.id]).size).toBe(3);
    const updated = await write(UPDATE, {
      id: created.event.id,
      version: created.event.version,
      participants: [
        { id: third!.id, role: 'MODERATOR', title: { en: 'Third, now moderating' } },
        { role: 'SPEAKER', title: { en: 'A new speaker' } },
        { id: first!.id, role: 'SPEAKER', title: { en: 'First speaker' } },
      ],
    });
    expect(updated.userErrors).toEqual([]);
    const after = updated.event.participants as Array<{ id: string; role: string; title: string }>;
    expect(after.map((p) => [p.role, p.title])).toEqual([
      ['MODERATOR', 'Third, now moderating'],
      ['SPEAKER', 'A new speaker'],
      ['SPEAKER', 'First speaker'],
    ]);
    expect(after[0]!.id).toBe(third!.id);
    expect(after[2]!.id).toBe(first!.id);
    expect([first!.id, second!.id, third!.id]).not.toContain(after[1]!.id);

    // Another event's participant, a participant twice, an ID of another type: refused at the item.
    const other = await write(CREATE, {
      title: { en: 'Another training' },
      kind: 'TRAINING',
      organizers: [{ organization: 'general-prosecutors-office', role: 'ORGANIZER' }],
      participants: [{ role: 'SPEAKER', title: { en: 'Someone else' } }],
    });
    const refused = await write(UPDATE, {
      id: created.event.id,
      version: updated.event.version,
      participants: [
        { id: other.event.participants[0].id, role: 'SPEAKER', title: { en: 'x' } },
        { id: first!.id, role: 'SPEAKER', title: { en: 'y' } },
        { id: first!.id, role: 'SPEAKER', title: { en: 'z' } },
        { id: created.event.id, role: 'SPEAKER', title: { en: 'w' } },
      ],
    });
    expect(refused.event).toBeNull();
    expect(refused.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['input.participants.0.id', 'INVALID'],
      ['input.participants.2.id', 'INVALID'],
      ['input.participants.3.id', 'INVALID'],
    ]);
    // Nothing changed.
    const { event } = dataOf(
      await server.gql(`query ($id: ID!) { event(id: $id) { version participants { id } } }`, { id: created.event.id }),
    );
    expect(event.version).toBe(updated.event.version);
    expect(event.participants.map((p: { id: string }) => p.id)).toEqual(after.map((p) => p.id));
  });

  it('refuses IDs in a new event, which has no participants to keep', async () => {
    const existing = dataOf(
      await server.gql(`{ event(slug: "astana-conference-prevention-of-domestic-violence-2017-12-08") { participants { id } } }`),
    ).event.participants[0].id;
    const refused = await write(CREATE, {
      title: { en: 'Copying participants' },
      kind: 'TRAINING',
      organizers: [{ organization: 'general-prosecutors-office', role: 'ORGANIZER' }],
      participants: [{ id: existing, role: 'SPEAKER', title: { en: 'x' } }],
    });
    expect(refused.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual(['input.participants.0.id']);
  });
});

describe('contact points, pilot areas and measures, status changes', () => {
  it('keep contact IDs, even when two kept contacts trade their values', async () => {
    const created = await write(
      `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id version contacts { id kind value } } userErrors { field } } }`,
      {
        name: { en: 'Sub-records NGO' },
        kind: 'NGO',
        contacts: [
          { kind: 'PHONE', value: '+7 700 000 00 01' },
          { kind: 'PHONE', value: '+7 700 000 00 02' },
        ],
      },
    );
    const [a, b] = created.organization.contacts as Array<{ id: string; value: string }>;
    const updated = await write(
      `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { contacts { id value } } userErrors { field code } } }`,
      {
        id: created.organization.id,
        version: created.organization.version,
        contacts: [
          { id: a!.id, kind: 'PHONE', value: '+7 700 000 00 02' },
          { id: b!.id, kind: 'PHONE', value: '+7 700 000 00 01' },
        ],
      },
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.organization.contacts).toEqual([
      { id: a!.id, value: '+7 700 000 00 02' },
      { id: b!.id, value: '+7 700 000 00 01' },
    ]);
  });

  it('keep the measures and areas an update of a pilot names', async () => {
    const p = uniquePrefix('subrecords');
    await createRegion(server.sql, `${p}-oblast`, 'Sub-records oblast');
    const created = await write(
      `mutation ($input: CreatePilotRegionInput!) { createPilotRegion(input: $input) { pilotRegion { id version areas { id } measures { id } } userErrors { field code } } }`,
      {
        name: { en: 'Sub-records pilot' },
        programme: 'kazakhstan-without-domestic-violence',
        region: `${p}-oblast`,
        areas: [{ name: { en: 'North' } }, { name: { en: 'South' } }],
        measures: [
          { kind: 'TRAINING', status: 'PLANNED', title: { en: 'Train the police' } },
          { kind: 'SERVICE_OPENED', status: 'PLANNED', title: { en: 'Open a shelter' } },
        ],
      },
    );
    expect(created.userErrors).toEqual([]);
    const { areas, measures } = created.pilotRegion as { areas: Array<{ id: string }>; measures: Array<{ id: string }> };
    const updated = await write(
      `mutation ($input: UpdatePilotRegionInput!) { updatePilotRegion(input: $input) { pilotRegion { areas { id name } measures { id status title } } userErrors { field code } } }`,
      {
        id: created.pilotRegion.id,
        version: created.pilotRegion.version,
        areas: [{ id: areas[1]!.id, name: { en: 'South' } }],
        measures: [
          { id: measures[1]!.id, kind: 'SERVICE_OPENED', status: 'ESTABLISHED', title: { en: 'Open a shelter' } },
          { id: measures[0]!.id, kind: 'TRAINING', status: 'CONDUCTED', title: { en: 'Train the police' } },
        ],
      },
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.pilotRegion.areas).toEqual([{ id: areas[1]!.id, name: 'South' }]);
    expect(updated.pilotRegion.measures).toEqual([
      { id: measures[1]!.id, status: 'ESTABLISHED', title: 'Open a shelter' },
      { id: measures[0]!.id, status: 'CONDUCTED', title: 'Train the police' },
    ]);
  });

  it('keep area and measure IDs of a pilot, and give status changes lasting IDs', async () => {
    const { pilotRegion } = dataOf(
      await server.gql(
        `{ pilotRegion(slug: "kazakhstan-without-domestic-violence-south-kazakhstan") { id version areas { id } measures { id title } } }`,
      ),
    );
    expect(pilotRegion.measures.length).toBeGreaterThan(1);
    const { recommendation } = dataOf(
      await server.gql(`{ recommendation(slug: "astana-2017-strengthen-family-institution") { history { id toStatus } } }`),
    );
    expect(recommendation.history[0].id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(recommendation.history[0].id, 'base64url').toString()).toMatch(/^RecommendationStatusChange:\d+$/);
    expect(Buffer.from(pilotRegion.areas[0].id, 'base64url').toString()).toMatch(/^PilotArea:\d+$/);
    expect(Buffer.from(pilotRegion.measures[0].id, 'base64url').toString()).toMatch(/^PilotMeasure:\d+$/);
  });
});
