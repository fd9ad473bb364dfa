// The "national" data set of shared/bench/WORKLOAD.md, built with set-based SQL only. Deterministic:
// every pseudo-random choice is a hash of (seed, row number), so the same command always builds
// the same rows, and PostgreSQL may evaluate them in any order or in parallel.

const EN = [
  'prevention',
  'violence',
  'family',
  'support',
  'training',
  'police',
  'shelter',
  'rights',
  'women',
  'children',
  'protection',
  'crisis',
  'centre',
  'outreach',
  'school',
  'health',
  'social',
  'services',
  'law',
  'court',
  'victims',
  'campaign',
  'awareness',
  'community',
  'mediation',
  'counselling',
  'hotline',
  'youth',
  'rural',
  'district',
  'regional',
  'national',
  'conference',
  'seminar',
  'workshop',
  'report',
  'monitoring',
  'equality',
  'safety',
  'assistance',
];
const RU = [
  'профилактика',
  'насилие',
  'семья',
  'поддержка',
  'обучение',
  'полиция',
  'приют',
  'права',
  'женщины',
  'дети',
  'защита',
  'кризисный',
  'центр',
  'работа',
  'школа',
  'здоровье',
  'социальный',
  'услуги',
  'закон',
  'суд',
  'пострадавшие',
  'кампания',
  'информирование',
  'община',
  'медиация',
  'консультирование',
  'телефон',
  'молодежь',
  'сельский',
  'район',
  'областной',
  'национальный',
  'конференция',
  'семинар',
  'тренинг',
  'отчет',
  'мониторинг',
  'равенство',
  'безопасность',
  'помощь',
];

/** The sizes of shared/bench/WORKLOAD.md. */
export const NATIONAL_SIZES = {
  topLevelRegions: 20,
  districtsPerTopLevel: 10,
  organizations: 2000,
  officials: 20000,
  posts: 24000,
  events: 100000,
  recommendations: 50000,
};

/**
 * The national sizes times `scale` (e.g. 0.1 for the soak's smaller data set): organizations,
 * officials, posts, events and recommendations shrink; regions, pilots and indicators stay.
 */
export function scaledSizes(scale) {
  if (scale === 1) return NATIONAL_SIZES;
  const times = (n) => Math.max(20, Math.round(n * scale));
  const officials = times(NATIONAL_SIZES.officials);
  return {
    ...NATIONAL_SIZES,
    organizations: times(NATIONAL_SIZES.organizations),
    officials,
    posts: officials + times(NATIONAL_SIZES.posts - NATIONAL_SIZES.officials),
    events: times(NATIONAL_SIZES.events),
    recommendations: times(NATIONAL_SIZES.recommendations),
  };
}

const TOP_LEVEL_FIRST_ID = 2;
const DISTRICT_FIRST_ID = 101;

function sqlArray(words) {
  return `ARRAY[${words.map((w) => `'${w}'`).join(',')}]`;
}

// Texts of `count` words picked by hash from the vocabulary, in English and Russian.
function text(seed, idExpr, count) {
  const pick = (words, offset) =>
    Array.from(
      { length: count },
      (_, k) => `(${sqlArray(words)})[1 + bench_pick(${seed + offset + k * 7}, ${idExpr}, ${words.length})]`,
    ).join(` || ' ' || `);
  return `jsonb_build_object('en', ${pick(EN, 0)}, 'ru', ${pick(RU, 1000)})`;
}

/** The statements that build the data set of `SIZES` (the national one unless given), in order. */
export const datasetSteps = (SIZES = NATIONAL_SIZES) => [
  [
    'helpers',
    `
    -- The rows are generated consistent: foreign keys need no row-by-row checks while loading.
    SET session_replication_role = replica;
    -- Secondary indexes of the big tables are built once after the load, not row by row.
    CREATE TEMP TABLE bench_saved_indexes AS
      SELECT i.indexname, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename IN ('events', 'event_organizers', 'event_participants', 'recommendations',
          'recommendation_responsible_organizations', 'recommendation_status_changes', 'record_sources', 'posts', 'indicator_values')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname);
    DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT indexname FROM bench_saved_indexes LOOP EXECUTE format('DROP INDEX %I', r.indexname); END LOOP;
    END $$;
    CREATE OR REPLACE FUNCTION bench_rand(seed int, n bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT (hashint8(n * 1000003 + seed) & 2147483647)::float8 / 2147483648.0 $$;
    CREATE OR REPLACE FUNCTION bench_pick(seed int, n bigint, k int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT floor(bench_rand(seed, n) * k)::int $$;
  `,
  ],
  [
    'sources',
    `
    INSERT INTO sources (id, slug, title, language, kind, published_on) VALUES
      (1, 'bench-national-report', '{"en":"National report on the programme (benchmark data)","ru":"Национальный отчет (данные бенчмарка)"}', 'EN', 'REPORT', '2026-06-30');
  `,
  ],
  [
    'regions',
    `
    INSERT INTO regions (id, slug, name, kind) VALUES (1, 'bench-kazakhstan', '{"en":"Kazakhstan","ru":"Казахстан"}', 'COUNTRY');
    INSERT INTO regions (id, slug, name, kind, parent_id)
      SELECT ${TOP_LEVEL_FIRST_ID} + i, 'bench-region-' || i, jsonb_build_object('en', 'Region ' || i, 'ru', 'Область ' || i),
        CASE WHEN i < 17 THEN 'REGION' ELSE 'CITY_OF_REPUBLICAN_SIGNIFICANCE' END, 1
      FROM generate_series(0, ${SIZES.topLevelRegions - 1}) i;
    INSERT INTO regions (id, slug, name, kind, parent_id)
      SELECT ${DISTRICT_FIRST_ID} + d, 'bench-district-' || d, jsonb_build_object('en', 'District ' || d, 'ru', 'Район ' || d),
        'DISTRICT', ${TOP_LEVEL_FIRST_ID} + d / ${SIZES.districtsPerTopLevel}
      FROM generate_series(0, ${SIZES.topLevelRegions * SIZES.districtsPerTopLevel - 1}) d;
  `,
  ],
  [
    'organizations',
    `
    INSERT INTO organizations (id, slug, name, short_name, kind, region_id)
      SELECT o, 'bench-org-' || o, ${text(11, 'o', 3)}, jsonb_build_object('en', 'ORG' || o),
        (ARRAY['STATE_BODY','LAW_ENFORCEMENT','PARLIAMENT','NATIONAL_COMMISSION','OMBUDSMAN','INTERNATIONAL_ORGANIZATION','NGO',
          'LOCAL_EXECUTIVE_BODY','SUPPORT_SERVICE','REHABILITATION_CENTRE'])[1 + bench_pick(12, o, 10)],
        CASE WHEN bench_rand(13, o) < 0.2 THEN ${TOP_LEVEL_FIRST_ID} + bench_pick(14, o, ${SIZES.topLevelRegions})
             ELSE ${DISTRICT_FIRST_ID} + bench_pick(15, o, ${SIZES.topLevelRegions * SIZES.districtsPerTopLevel}) END
      FROM generate_series(1, ${SIZES.organizations}) o;
    -- 10% have a parent, always an organization with a smaller id (no cycles).
    UPDATE organizations SET parent_id = 1 + bench_pick(16, id, id::int - 1) WHERE id % 10 = 0;
  `,
  ],
  [
    'officials and posts',
    `
    INSERT INTO officials (id, slug, full_name)
      SELECT f, 'bench-official-' || f, jsonb_build_object('en', initcap((${sqlArray(EN)})[1 + bench_pick(21, f, ${EN.length})]) || ' Official' || f,
        'ru', initcap((${sqlArray(RU)})[1 + bench_pick(22, f, ${RU.length})]) || ' Официальный' || f)
      FROM generate_series(1, ${SIZES.officials}) f;
    -- Every official has a post; the first 4,000 had an earlier one that ended.
    INSERT INTO posts (official_id, organization_id, title, started_on, ended_on)
      SELECT f, 1 + bench_pick(23, f, ${SIZES.organizations}), jsonb_build_object('en', 'Head of ' || (${sqlArray(EN)})[1 + bench_pick(24, f, ${EN.length})]),
        DATE '2016-01-01' + bench_pick(25, f, 2500), NULL
      FROM generate_series(1, ${SIZES.officials}) f;
    INSERT INTO posts (official_id, organization_id, title, started_on, ended_on)
      SELECT f, 1 + bench_pick(26, f, ${SIZES.organizations}), jsonb_build_object('en', 'Deputy head'),
        DATE '2010-01-01' + bench_pick(27, f, 1000), DATE '2015-12-31'
      FROM generate_series(1, ${SIZES.posts - SIZES.officials}) f;
  `,
  ],
  [
    'events',
    `
    INSERT INTO events (id, slug, title, kind, status, starts_on, ends_on, city, region_id, summary)
      SELECT e, 'bench-event-' || e, ${text(31, 'e', 4)},
        (ARRAY['CONFERENCE','TRAINING','OUTREACH','CAMPAIGN','MEETING','OTHER'])[1 + bench_pick(32, e, 6)],
        -- Statuses agree with dates: an event that starts after today is planned, the others were held.
        CASE WHEN DATE '2017-01-01' + bench_pick(33, e, 3650) > CURRENT_DATE THEN 'PLANNED' ELSE 'HELD' END,
        DATE '2017-01-01' + bench_pick(33, e, 3650), DATE '2017-01-01' + bench_pick(33, e, 3650) + bench_pick(34, e, 3),
        jsonb_build_object('en', 'City ' || bench_pick(35, e, 50)), ${DISTRICT_FIRST_ID} + bench_pick(36, e, ${SIZES.topLevelRegions * SIZES.districtsPerTopLevel}),
        ${text(37, 'e', 12)}
      FROM generate_series(1, ${SIZES.events}) e;
  `,
  ],
  [
    'event organizers',
    `
    -- 1 to 5 organizers (3 on average), distinct per event.
    INSERT INTO event_organizers (event_id, organization_id, role, position)
      SELECT e, 1 + (bench_pick(41, e, ${SIZES.organizations}) + k * 397) % ${SIZES.organizations},
        CASE WHEN k = 0 THEN 'ORGANIZER' ELSE 'CO_ORGANIZER' END, k
      FROM generate_series(1, ${SIZES.events}) e, generate_series(0, 4) k
      WHERE k <= bench_pick(42, e, 5);
  `,
  ],
  [
    'event participants and sources',
    `
    -- 0 to 10 participants (5 on average): an official with an organization.
    INSERT INTO event_participants (event_id, role, official_id, organization_id, position)
      SELECT e, CASE WHEN k = 0 THEN 'MODERATOR' WHEN k < 4 THEN 'SPEAKER' ELSE 'PARTICIPANT' END,
        1 + (bench_pick(43, e, ${SIZES.officials}) + k * 1009) % ${SIZES.officials}, 1 + bench_pick(44, e * 16 + k, ${SIZES.organizations}), k
      FROM generate_series(1, ${SIZES.events}) e, generate_series(0, 9) k
      WHERE k < bench_pick(45, e, 11);
    INSERT INTO record_sources (record_type, record_id, source_id) SELECT 'Event', e, 1 FROM generate_series(1, ${SIZES.events}) e;
  `,
  ],
  [
    'recommendations',
    `
    INSERT INTO recommendations (id, slug, event_id, text, theme, status, due_on, position)
      SELECT r, 'bench-recommendation-' || r, 1 + bench_pick(51, r, ${SIZES.events}), ${text(52, 'r', 8)},
        (ARRAY['HUMAN_RIGHTS','PREVENTION','FAMILY','LEGISLATION','LAW_ENFORCEMENT','SUPPORT_SERVICES','AWARENESS','OTHER'])[1 + bench_pick(53, r, 8)],
        (ARRAY['PROPOSED','ADOPTED','IN_PROGRESS','IMPLEMENTED','REJECTED'])[1 + bench_pick(54, r, 5)],
        CASE WHEN bench_rand(55, r) < 0.8 THEN DATE '2018-01-01' + bench_pick(56, r, 3300) END, bench_pick(57, r, 5)
      FROM generate_series(1, ${SIZES.recommendations}) r;
    INSERT INTO recommendation_responsible_organizations (recommendation_id, organization_id)
      SELECT r, 1 + (bench_pick(58, r, ${SIZES.organizations}) + k * 991) % ${SIZES.organizations}
      FROM generate_series(1, ${SIZES.recommendations}) r, generate_series(0, 1) k
      WHERE k <= bench_pick(59, r, 2);
    INSERT INTO recommendation_status_changes (recommendation_id, from_status, to_status, changed_on)
      SELECT r, CASE WHEN k = 0 THEN NULL ELSE 'ADOPTED' END, CASE WHEN k = 0 THEN 'ADOPTED' ELSE 'IN_PROGRESS' END,
        DATE '2018-01-01' + bench_pick(60, r, 3000) + k * 30
      FROM generate_series(1, ${SIZES.recommendations}) r, generate_series(0, 2) k
      WHERE k < bench_pick(61, r, 4);
  `,
  ],
  [
    'programme, pilots and indicators',
    `
    INSERT INTO programmes (id, slug, name, lead_organization_id) VALUES (1, 'bench-programme', '{"en":"National programme (benchmark)"}', 1);
    INSERT INTO pilot_regions (id, slug, name, programme_id, region_id, started_on, status)
      SELECT 1 + i, 'bench-pilot-' || i, jsonb_build_object('en', 'Pilot in region ' || i), 1, ${TOP_LEVEL_FIRST_ID} + i, DATE '2017-07-01', 'ACTIVE'
      FROM generate_series(0, ${SIZES.topLevelRegions - 1}) i;
    -- 200 districts x 36 quarters (2017 Q3 - 2026 Q2) x 3 indicators.
    INSERT INTO indicator_values (pilot_region_id, region_id, indicator, kind, value, qualifier, period_start, period_end)
      SELECT 1 + d / ${SIZES.districtsPerTopLevel}, ${DISTRICT_FIRST_ID} + d, ind, 'ACTUAL', 1 + bench_pick(71, d * 1000 + q * 3 + x, 500),
        CASE WHEN bench_rand(72, d * 1000 + q * 3 + x) < 0.1 THEN 'APPROXIMATELY' ELSE 'EXACT' END,
        (DATE '2017-07-01' + make_interval(months => 3 * q))::date, (DATE '2017-07-01' + make_interval(months => 3 * q + 3))::date - 1
      FROM generate_series(0, ${SIZES.topLevelRegions * SIZES.districtsPerTopLevel - 1}) d, generate_series(0, 35) q,
        unnest(ARRAY['EVENTS_HELD', 'PEOPLE_REACHED', 'CITIZENS_HELPED']) WITH ORDINALITY AS i(ind, x);
  `,
  ],
  [
    'indexes',
    `
    SET maintenance_work_mem = '512MB';
    DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT indexdef FROM bench_saved_indexes LOOP EXECUTE r.indexdef; END LOOP;
    END $$;
    SET session_replication_role = DEFAULT;
  `,
  ],
  [
    'identities and statistics',
    `
    SELECT setval(pg_get_serial_sequence('regions', 'id'), 1000);
    SELECT setval(pg_get_serial_sequence('organizations', 'id'), ${SIZES.organizations} + 1);
    SELECT setval(pg_get_serial_sequence('officials', 'id'), ${SIZES.officials} + 1);
    SELECT setval(pg_get_serial_sequence('events', 'id'), ${SIZES.events} + 1);
    SELECT setval(pg_get_serial_sequence('recommendations', 'id'), ${SIZES.recommendations} + 1);
    SELECT setval(pg_get_serial_sequence('sources', 'id'), 2);
    SELECT setval(pg_get_serial_sequence('programmes', 'id'), 2);
    SELECT setval(pg_get_serial_sequence('pilot_regions', 'id'), ${SIZES.topLevelRegions} + 1);
  `,
  ],
  // Alone in its statement (VACUUM cannot run in a transaction): sets hint bits and the visibility
  // map and gathers statistics now, so that autovacuum does not compete with the measured load.
  ['vacuum and statistics', 'VACUUM (ANALYZE)'],
];

export const DATASET_STEPS = datasetSteps();

/** The ids each query picks from (100 each, spread over the data set). */
export function idLists(SIZES = NATIONAL_SIZES) {
  const hundred = (f) => Array.from({ length: 100 }, (_, i) => f(i));
  return {
    topLevelRegions: hundred((i) => TOP_LEVEL_FIRST_ID + (i % SIZES.topLevelRegions)),
    events: hundred((i) => 1 + ((i * 997) % SIZES.events)),
    organizations: hundred((i) => 1 + ((i * 19) % SIZES.organizations)),
    pilotRegions: hundred((i) => 1 + (i % SIZES.topLevelRegions)),
    searchPairs: hundred((i) => `${EN[i % EN.length]} ${EN[(i * 7 + 3) % EN.length]}`),
    // Twelve months from the first of a month, one window per month from January 2017 (to April 2025).
    yearWindows: hundred((i) => {
      const day = (months) => new Date(Date.UTC(2017, months, 1)).toISOString().slice(0, 10);
      const last = new Date(Date.UTC(2017, i + 12, 0)).toISOString().slice(0, 10);
      return [day(i), last];
    }),
  };
}
