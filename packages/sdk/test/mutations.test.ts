import { createClient, isUserErrorsOf, QorgauGraphQLError, QorgauUserErrors, type UserErrorCode } from '../src';
import { apiKeys, serverUrl } from './server';

const GPO = 'general-prosecutors-office';

describe('mutations through the SDK', () => {
  const editor = () => createClient({ url: serverUrl(), apiKey: apiKeys().editor });
  const admin = () => createClient({ url: serverUrl(), apiKey: apiKeys().admin });
  let serial = 0;
  const slug = (what: string) => `sdk-${what}-${Date.now().toString(36)}-${(serial += 1)}`;

  it('are typed methods: an editor creates and updates an event of its organization', async () => {
    const qorgau = editor();
    const { viewer } = await qorgau.viewer();
    expect(viewer).toMatchObject({ role: 'EDITOR', organization: { slug: GPO } });

    const created = await qorgau.createEvent({
      input: {
        slug: slug('training'),
        title: { en: 'Training of district prosecutors', ru: 'Обучение районных прокуроров' },
        kind: 'TRAINING',
        startsOn: '2025-04-15',
        organizers: [{ organization: GPO, role: 'ORGANIZER' }],
        participants: [{ role: 'SPEAKER', official: 'andrei-lukin' }],
      },
    });
    const event = created.createEvent?.event;
    const version: number | undefined = event?.version;
    expect(version).toBe(1);
    expect(event?.status).toBe('HELD');
    expect(created.createEvent?.userErrors).toEqual([]);

    const updated = await qorgau.updateEvent({ input: { id: event!.id, version: 1, city: { en: 'Shymkent' } }, lang: 'EN' });
    expect(updated.updateEvent?.event).toMatchObject({ version: 2, city: 'Shymkent' });
  });

  it('surface user errors as QorgauUserErrors with the typed payload; a conflict carries the current version', async () => {
    const qorgau = editor();
    const created = await qorgau.createSource({
      input: { slug: slug('report'), title: { en: 'Quarterly report' }, language: 'EN', kind: 'REPORT' },
    });
    const id = created.createSource!.source!.id;
    const stale = await admin()
      .updateSource({ input: { id, version: 1, note: { en: 'first' } } })
      .then(() => admin().updateSource({ input: { id, version: 1, note: { en: 'second' } } }))
      .catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(QorgauUserErrors);
    if (!isUserErrorsOf(stale, 'updateSource')) throw new Error('expected the user errors of updateSource');
    const code: UserErrorCode = stale.userErrors[0]!.code;
    expect(code).toBe('CONFLICT');
    expect(stale.conflict).toMatchObject({ field: ['input', 'version'], currentVersion: 2 });
    // After a conflict the payload holds the record as it stands: the client can merge and retry.
    expect(stale.data.updateSource?.source).toMatchObject({ id, version: 2 });
    expect(stale.message).toMatch(/^UpdateSource refused: CONFLICT: /);
  });

  it('return the payload instead of throwing when asked to', async () => {
    const qorgau = createClient({ url: serverUrl(), apiKey: apiKeys().editor, throwOnUserErrors: false });
    const result = await qorgau.createEvent({
      input: { title: { en: '' }, kind: 'MEETING', organizers: [{ organization: 'no-such-organization', role: 'ORGANIZER' }] },
    });
    expect(result.createEvent?.event).toBeNull();
    expect(result.createEvent?.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'title'], 'REQUIRED'],
      [['input', 'organizers', '0', 'organization'], 'NOT_FOUND'],
    ]);
  });

  it('refuse what the key may not do with a typed FORBIDDEN, and anonymous writes with UNAUTHENTICATED', async () => {
    const forbidden = await editor()
      .updateRecommendationStatus({ input: { id: 'astana-2017-strengthen-family-institution', version: 1, status: 'IMPLEMENTED' } })
      .catch((error: unknown) => error);
    expect(forbidden).toBeInstanceOf(QorgauGraphQLError);
    expect((forbidden as QorgauGraphQLError).code).toBe('FORBIDDEN');
    const anonymous = await createClient({ url: serverUrl() })
      .createSource({ input: { title: { en: 'x' }, language: 'EN', kind: 'OTHER' } })
      .catch((error: unknown) => error);
    expect((anonymous as QorgauGraphQLError).code).toBe('UNAUTHENTICATED');
  });

  it('cover keys, the audit log and the change feed for admins', async () => {
    const qorgau = admin();
    const { createApiKey } = await qorgau.createApiKey({ input: { name: 'sdk made', role: 'EDITOR', organization: GPO } });
    expect(createApiKey?.key).toMatch(/^qgk_/);
    const made = createClient({ url: serverUrl(), apiKey: createApiKey!.key! });
    expect((await made.viewer()).viewer?.name).toBe('sdk made');
    await qorgau.revokeApiKey({ input: { id: createApiKey!.apiKey!.id } });
    const refused = await made.viewer().catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });

    const log = await qorgau.auditLog({ first: 5, filter: { recordTypes: ['ApiKey'] } });
    expect(log.auditLog?.nodes[0]).toMatchObject({ operation: 'revokeApiKey', action: 'UPDATE', actor: 'sdk tests' });
    const changes = [];
    for await (const change of createClient({ url: serverUrl() }).paginate.changes({ first: 100, filter: { recordTypes: ['Event'] } }))
      changes.push(change);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.recordType === 'Event')).toBe(true);
  });

  it('work for every record type: a recommendation and its status, with its history', async () => {
    const qorgau = admin();
    const { createEvent } = await qorgau.createEvent({
      input: {
        slug: slug('round-table'),
        title: { en: 'Round table' },
        kind: 'MEETING',
        startsOn: '2025-05-20',
        organizers: [{ organization: GPO, role: 'ORGANIZER' }],
      },
    });
    const { createRecommendation } = await qorgau.createRecommendation({
      input: {
        event: createEvent!.event!.id,
        text: { en: 'Open a shelter in every district' },
        theme: 'SUPPORT_SERVICES',
        status: 'PROPOSED',
        responsibleOrganizations: [GPO],
      },
    });
    const recommendation = createRecommendation!.recommendation!;
    expect(recommendation).toMatchObject({ status: 'PROPOSED', version: 1 });
    const changed = await editor().updateRecommendationStatus({
      input: { id: recommendation.id, version: 1, status: 'IN_PROGRESS', note: { en: 'Two shelters opened' } },
    });
    const history = changed.updateRecommendationStatus?.recommendation?.history ?? [];
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.changedBy])).toEqual([
      [null, 'PROPOSED', 'sdk tests'],
      ['PROPOSED', 'IN_PROGRESS', "General Prosecutor's Office (sdk tests (GPO))"],
    ]);
    const { event } = await qorgau.event({ id: createEvent!.event!.id });
    expect(event?.recommendations.nodes.map((r) => r.status)).toEqual(['IN_PROGRESS']);
  });
});
