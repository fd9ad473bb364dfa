// Q1-Q5 of shared/bench/WORKLOAD.md, and Q6 (issue 10's national dashboard: events per top-level region and
// month over a year, recommendations due in it per status): each as the GraphQL operation the API serves and as the one
// hand-written SQL statement the baseline answers with (the final JSON, built in PostgreSQL).
import { idLists } from './dataset.mjs';

const globalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const en = (column) => `(${column}->>'en')`;
const subtree = (param) =>
  `(WITH RECURSIVE s AS (SELECT id FROM regions WHERE id = ${param} UNION ALL SELECT r.id FROM regions r JOIN s ON r.parent_id = s.id) SELECT id FROM s)`;
const asResponse = (dataJson) => `SELECT json_build_object('data', ${dataJson})::text AS body`;

export function buildQueries(sizes) {
  const ids = idLists(sizes);
  return [
    {
      name: 'Q1',
      title: 'event feed',
      graphql: `query Q1($region: ID!) {
        events(first: 50, filter: { region: $region }) {
          totalCount
          nodes {
            slug title startsOn
            region { name }
            organizers { role organization { name shortName } }
            participants { role official { fullName } organization { name } }
            recommendations { totalCount }
          }
        }
      }`,
      variables: ids.topLevelRegions.map((id) => ({ region: globalId('Region', id) })),
      params: ids.topLevelRegions.map((id) => [id]),
      sql: asResponse(`json_build_object('events', json_build_object(
        'totalCount', (SELECT count(*) FROM events e WHERE e.region_id IN ${subtree('$1::bigint')}),
        'nodes', coalesce((
          SELECT json_agg(json_build_object(
            'slug', p.slug, 'title', ${en('p.title')}, 'startsOn', p.starts_on,
            'region', (SELECT json_build_object('name', ${en('r.name')}) FROM regions r WHERE r.id = p.region_id),
            'organizers', coalesce((SELECT json_agg(json_build_object('role', o.role, 'organization', json_build_object('name', ${en('g.name')}, 'shortName', ${en('g.short_name')})) ORDER BY o.position, o.organization_id)
              FROM event_organizers o JOIN organizations g ON g.id = o.organization_id WHERE o.event_id = p.id), '[]'),
            'participants', coalesce((SELECT json_agg(json_build_object('role', x.role,
                'official', CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('fullName', ${en('f.full_name')}) END,
                'organization', CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('name', ${en('g.name')}) END) ORDER BY x.position, x.id)
              FROM event_participants x LEFT JOIN officials f ON f.id = x.official_id LEFT JOIN organizations g ON g.id = x.organization_id WHERE x.event_id = p.id), '[]'),
            'recommendations', json_build_object('totalCount', (SELECT count(*) FROM recommendations rc WHERE rc.event_id = p.id))
          ) ORDER BY p.k DESC, p.id DESC)
          FROM (SELECT e.*, coalesce(e.starts_on, '-infinity'::date) AS k FROM events e WHERE e.region_id IN ${subtree('$1::bigint')}
                ORDER BY coalesce(e.starts_on, '-infinity'::date) DESC, e.id DESC LIMIT 50) p), '[]')))`),
    },
    {
      name: 'Q2',
      title: 'event detail',
      graphql: `query Q2($id: ID!) {
        event(id: $id) {
          slug title kind status startsOn endsOn city summary occasion topics conclusions
          region { name parent { name } }
          partOf { slug }
          organizers { role organization { slug name shortName } }
          participants { role title note official { fullName posts { title startedOn endedOn organization { name } } } organization { name } }
          recommendations(first: 100) { totalCount nodes { text status dueOn responsibleOrganizations { name } } }
          sources { title url }
        }
      }`,
      variables: ids.events.map((id) => ({ id: globalId('Event', id) })),
      params: ids.events.map((id) => [id]),
      sql: asResponse(`(SELECT json_build_object('event', json_build_object(
        'slug', e.slug, 'title', ${en('e.title')}, 'kind', e.kind, 'status', e.status, 'startsOn', e.starts_on, 'endsOn', e.ends_on,
        'city', ${en('e.city')}, 'summary', ${en('e.summary')}, 'occasion', ${en('e.occasion')},
        'topics', (SELECT coalesce(json_agg(t->>'en'), '[]') FROM jsonb_array_elements(e.topics) t),
        'conclusions', (SELECT coalesce(json_agg(c->>'en'), '[]') FROM jsonb_array_elements(e.conclusions) c),
        'region', (SELECT json_build_object('name', ${en('r.name')}, 'parent', (SELECT json_build_object('name', ${en('pr.name')}) FROM regions pr WHERE pr.id = r.parent_id)) FROM regions r WHERE r.id = e.region_id),
        'partOf', (SELECT json_build_object('slug', c.slug) FROM events c WHERE c.id = e.part_of_id),
        'organizers', coalesce((SELECT json_agg(json_build_object('role', o.role, 'organization', json_build_object('slug', g.slug, 'name', ${en('g.name')}, 'shortName', ${en('g.short_name')})) ORDER BY o.position, o.organization_id)
          FROM event_organizers o JOIN organizations g ON g.id = o.organization_id WHERE o.event_id = e.id), '[]'),
        'participants', coalesce((SELECT json_agg(json_build_object('role', x.role, 'title', ${en('x.title')}, 'note', ${en('x.note')},
            'official', CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('fullName', ${en('f.full_name')}, 'posts', (
              SELECT coalesce(json_agg(json_build_object('title', ${en('ps.title')}, 'startedOn', ps.started_on, 'endedOn', ps.ended_on, 'organization', json_build_object('name', ${en('po.name')}))
                ORDER BY coalesce(ps.started_on, ps.attested_on) DESC NULLS LAST, ps.id), '[]')
              FROM posts ps JOIN organizations po ON po.id = ps.organization_id WHERE ps.official_id = f.id)) END,
            'organization', CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('name', ${en('g.name')}) END) ORDER BY x.position, x.id)
          FROM event_participants x LEFT JOIN officials f ON f.id = x.official_id LEFT JOIN organizations g ON g.id = x.organization_id WHERE x.event_id = e.id), '[]'),
        'recommendations', json_build_object(
          'totalCount', (SELECT count(*) FROM recommendations rc WHERE rc.event_id = e.id),
          'nodes', coalesce((SELECT json_agg(json_build_object('text', ${en('rc.text')}, 'status', rc.status, 'dueOn', rc.due_on,
              'responsibleOrganizations', coalesce((SELECT json_agg(json_build_object('name', ${en('ro.name')}) ORDER BY ro.id)
                FROM recommendation_responsible_organizations rr JOIN organizations ro ON ro.id = rr.organization_id WHERE rr.recommendation_id = rc.id), '[]'))
            ORDER BY rc.position, rc.id)
            FROM (SELECT * FROM recommendations WHERE event_id = e.id ORDER BY position, id LIMIT 100) rc), '[]')),
        'sources', coalesce((SELECT json_agg(json_build_object('title', ${en('s.title')}, 'url', s.url) ORDER BY s.published_on NULLS LAST, s.id)
          FROM record_sources rs JOIN sources s ON s.id = rs.source_id WHERE rs.record_type = 'Event' AND rs.record_id = e.id), '[]')
      )) FROM events e WHERE e.id = $1::bigint)`),
    },
    {
      name: 'Q3',
      title: 'organization profile',
      graphql: `query Q3($id: ID!) {
        organization(id: $id) {
          slug name shortName kind
          parent { name }
          region { name }
          officials(first: 50, filter: { current: true }) { totalCount nodes { fullName posts { title startedOn endedOn } } }
          events(first: 20) { nodes { slug title startsOn } }
        }
      }`,
      variables: ids.organizations.map((id) => ({ id: globalId('Organization', id) })),
      params: ids.organizations.map((id) => [id]),
      sql: asResponse(`(SELECT json_build_object('organization', json_build_object(
        'slug', g.slug, 'name', ${en('g.name')}, 'shortName', ${en('g.short_name')}, 'kind', g.kind,
        'parent', (SELECT json_build_object('name', ${en('pg.name')}) FROM organizations pg WHERE pg.id = g.parent_id),
        'region', (SELECT json_build_object('name', ${en('r.name')}) FROM regions r WHERE r.id = g.region_id),
        'officials', (WITH current_officials AS (
            SELECT f.* FROM officials f WHERE EXISTS (SELECT 1 FROM posts p WHERE p.official_id = f.id AND p.organization_id = g.id
              AND p.started_on IS NOT NULL AND p.started_on <= current_date AND (p.ended_on IS NULL OR p.ended_on > current_date)))
          SELECT json_build_object('totalCount', (SELECT count(*) FROM current_officials),
            'nodes', coalesce((SELECT json_agg(json_build_object('fullName', ${en('c.full_name')}, 'posts', (
                SELECT coalesce(json_agg(json_build_object('title', ${en('ps.title')}, 'startedOn', ps.started_on, 'endedOn', ps.ended_on)
                  ORDER BY coalesce(ps.started_on, ps.attested_on) DESC NULLS LAST, ps.id), '[]') FROM posts ps WHERE ps.official_id = c.id))
              ORDER BY qorgau_sort_text(c.full_name), c.id)
              FROM (SELECT * FROM current_officials ORDER BY qorgau_sort_text(full_name), id LIMIT 50) c), '[]'))),
        'events', json_build_object('nodes', coalesce((SELECT json_agg(json_build_object('slug', ev.slug, 'title', ${en('ev.title')}, 'startsOn', ev.starts_on)
            ORDER BY coalesce(ev.starts_on, '-infinity'::date) DESC, ev.id DESC)
          FROM (SELECT e.* FROM events e WHERE e.id IN (
                  SELECT event_id FROM event_organizers WHERE organization_id = g.id
                  UNION SELECT event_id FROM event_participants WHERE organization_id = g.id)
                ORDER BY coalesce(e.starts_on, '-infinity'::date) DESC, e.id DESC LIMIT 20) ev), '[]'))
      )) FROM organizations g WHERE g.id = $1::bigint)`),
    },
    {
      name: 'Q4',
      title: 'pilot dashboard',
      graphql: `query Q4($id: ID!) {
        pilotRegion(id: $id) {
          name
          region { name }
          indicatorTotals(filter: { period: { from: "2019-01-01", to: "2024-12-31" } }) { region { name } indicator total }
          recommendationCounts { status count }
        }
      }`,
      variables: ids.pilotRegions.map((id) => ({ id: globalId('PilotRegion', id) })),
      params: ids.pilotRegions.map((id) => [id]),
      sql: asResponse(`(SELECT json_build_object('pilotRegion', json_build_object(
        'name', ${en('p.name')},
        'region', (SELECT json_build_object('name', ${en('r.name')}) FROM regions r WHERE r.id = p.region_id),
        'indicatorTotals', coalesce((SELECT json_agg(json_build_object('region', json_build_object('name', ${en('tr.name')}), 'indicator', t.indicator, 'total', t.total) ORDER BY t.region_id, t.indicator)
          FROM (SELECT v.region_id, v.indicator, sum(v.value)::float8 AS total FROM indicator_values v
                WHERE v.pilot_region_id = p.id AND v.kind = 'ACTUAL' AND v.period_end >= DATE '2019-01-01' AND v.period_start <= DATE '2024-12-31'
                GROUP BY v.region_id, v.indicator) t JOIN regions tr ON tr.id = t.region_id), '[]'),
        'recommendationCounts', coalesce((SELECT json_agg(json_build_object('status', c.status, 'count', c.count) ORDER BY c.status)
          FROM (SELECT rc.status, count(*) AS count FROM events e JOIN recommendations rc ON rc.event_id = e.id
                WHERE e.region_id IN ${subtree('p.region_id')} GROUP BY rc.status) c), '[]')
      )) FROM pilot_regions p WHERE p.id = $1::bigint)`),
    },
    {
      name: 'Q5',
      title: 'search',
      graphql: `query Q5($q: String!) {
        search(query: $q, first: 20) {
          edges { rank node { __typename ... on Event { slug } ... on Organization { slug } ... on Official { slug } ... on Recommendation { slug } } }
        }
      }`,
      variables: ids.searchPairs.map((q) => ({ q })),
      params: ids.searchPairs.map((q) => [q]),
      sql: `WITH q AS (SELECT (websearch_to_tsquery('english', $1) || websearch_to_tsquery('russian', $1) || websearch_to_tsquery('simple', $1)) AS query),
        hits AS (
          SELECT * FROM (
            SELECT 'Event' AS type, id, slug, ts_rank(search_vector, q.query) AS rank FROM events, q WHERE search_vector @@ q.query
            UNION ALL SELECT 'Organization', id, slug, ts_rank(search_vector, q.query) FROM organizations, q WHERE search_vector @@ q.query
            UNION ALL SELECT 'Official', id, slug, ts_rank(search_vector, q.query) FROM officials, q WHERE search_vector @@ q.query
            UNION ALL SELECT 'Recommendation', id, slug, ts_rank(search_vector, q.query) FROM recommendations, q WHERE search_vector @@ q.query
          ) h ORDER BY rank DESC, type, id LIMIT 20)
        SELECT json_build_object('data', json_build_object('search', json_build_object('edges', coalesce(
          (SELECT json_agg(json_build_object('rank', rank, 'node', json_build_object('__typename', type, 'slug', slug)) ORDER BY rank DESC, type, id) FROM hits), '[]'))))::text AS body`,
    },
    {
      name: 'Q6',
      title: 'national dashboard',
      graphql: `query Q6($from: Date!, $to: Date!) {
        eventStats(filter: { dateRange: { from: $from, to: $to } }, groupBy: [REGION, MONTH]) { region { name } period { start end } count }
        recommendationStats(filter: { due: { from: $from, to: $to } }, groupBy: [STATUS]) { status count overdue }
      }`,
      variables: ids.yearWindows.map(([from, to]) => ({ from, to })),
      params: ids.yearWindows,
      sql: asResponse(`json_build_object(
        'eventStats', coalesce((SELECT json_agg(json_build_object('region', json_build_object('name', ${en('r.name')}),
            'period', json_build_object('start', b.month, 'end', (b.month + interval '1 month' - interval '1 day')::date), 'count', b.count)
            ORDER BY qorgau_sort_text(r.name), r.id, b.month)
          FROM (SELECT top.region_id, date_trunc('month', e.starts_on)::date AS month, count(*)::int AS count
                FROM (SELECT region_id, starts_on FROM events
                      WHERE coalesce(ends_on, starts_on) >= $1::date AND starts_on <= $2::date OFFSET 0) e
                  JOIN (SELECT a.region_id AS district_id, a.ancestor_id AS region_id FROM region_ancestors a JOIN regions t ON t.id = a.ancestor_id
                        WHERE t.parent_id IN (SELECT id FROM regions WHERE parent_id IS NULL) OFFSET 0) top ON top.district_id = e.region_id
                GROUP BY 1, 2) b JOIN regions r ON r.id = b.region_id), '[]'),
        'recommendationStats', coalesce((SELECT json_agg(json_build_object('status', c.status, 'count', c.count, 'overdue', c.overdue)
            ORDER BY array_position(ARRAY['PROPOSED', 'ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED'], c.status))
          FROM (SELECT rc.status, count(*)::int AS count,
                  (count(*) FILTER (WHERE rc.due_on < (now() AT TIME ZONE 'UTC')::date AND rc.status NOT IN ('IMPLEMENTED', 'REJECTED')))::int AS overdue
                FROM recommendations rc WHERE rc.due_on >= $1::date AND rc.due_on <= $2::date GROUP BY rc.status) c), '[]'))`),
    },
  ];
}
