import { defineRelation } from '../../sql/relation';
import type { Db, Queryable } from '../../sql/db';
import { SqlParams, TODAY_SQL, recordIdsSql, tsQuery, updatedSince } from '../../sql/fragments';
import { recordKeys } from '../../graphql/references';
import { primeWith, rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import {
  CREATED_AT_ORDER,
  UPDATED_AT_ORDER,
  localizedTextOrder,
  paginate,
  type ListSpec,
  type NestedListSpec,
  type OrderKey,
  type Page,
} from '../../sql/pagination';
import { col, defineRecordTable, defineTable, insertRow, updateRow, type RowOf, type WritableRow } from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import { ORGANIZATIONS, type OrganizationLoaders, type OrganizationRow } from '../organizations/organization.store';
import type { OfficialOrderField, OfficialsArgs } from './official.inputs';

export const OFFICIALS = defineRecordTable('officials', 'Official', {
  fullName: col.localized('full_name'),
});
export type OfficialRow = RowOf<typeof OFFICIALS>;

/** A post an official holds or held in an organization; "current" is derived from the dates. */
export const POSTS = defineTable(
  'posts',
  {
    __typename: col.typename('Post'),
    id: col.id(),
    officialId: col.ref('official_id', 'Official'),
    organizationId: col.ref('organization_id', 'Organization'),
    title: col.localized('title'),
    startedOn: col.date('started_on', { nullable: true }),
    endedOn: col.date('ended_on', { nullable: true }),
    /** A day on which a source shows the post held, for posts whose start and end are not known. */
    attestedOn: col.date('attested_on', { nullable: true }),
    version: col.int('version'),
    createdAt: col.timestamp('created_at'),
    updatedAt: col.timestamp('updated_at'),
  },
  { versioned: true },
);
export type PostRow = RowOf<typeof POSTS>;

/** The order of an official's posts, latest first, for the posts aliased `p`. */
export const POST_ORDER = (p: string) => `coalesce(${p}.started_on, ${p}.attested_on) DESC NULLS LAST, ${p}.id`;

/** An official's posts. */
export const POSTS_OF_OFFICIAL = defineRelation({ from: (p) => `posts ${p}`, parentKey: (p) => `${p}.official_id`, order: POST_ORDER });

/** SQL: a post known to be held today (a start on or before today and no end, or an end after today). */
export const POST_IS_CURRENT_SQL = `(p.started_on IS NOT NULL AND p.started_on <= ${TODAY_SQL} AND (p.ended_on IS NULL OR p.ended_on > ${TODAY_SQL}))`;

/** SQL of `isPostCurrent` (official.service.ts) for the post aliased `post`: ended, else unknown without a start, else started. */
export function postIsCurrentSql(post: string): string {
  return `CASE WHEN ${post}.ended_on IS NOT NULL AND ${post}.ended_on <= ${TODAY_SQL} THEN false
    WHEN ${post}.started_on IS NULL THEN NULL ELSE ${post}.started_on <= ${TODAY_SQL} END`;
}

/** Officials with their organizations: what `Organization.officials` lists (keyed by `link.organization_id`). */
const ORGANIZATION_OFFICIALS = `(SELECT DISTINCT official_id, organization_id FROM posts) link JOIN officials t ON t.id = link.official_id`;

const ORDER_KEYS: Record<OfficialOrderField, OrderKey> = {
  FULL_NAME: localizedTextOrder('t.full_name'),
  CREATED_AT: CREATED_AT_ORDER,
  UPDATED_AT: UPDATED_AT_ORDER,
};

/** `organizationScope`: SQL for the organization whose officials are listed (nested lists), else none. */
export function officialListSpec(args: OfficialsArgs, from = 'officials t', organizationScope?: string): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.updatedSince) where.push(updatedSince(params.add(filter.updatedSince)));
  const organizationId = filter?.organization != null ? decodeTypedId(filter.organization, 'Organization', 'filter.organization') : null;
  const postConditions = ['p.official_id = t.id'];
  if (organizationScope) postConditions.push(`p.organization_id = ${organizationScope}`);
  if (organizationId) postConditions.push(`p.organization_id = ${params.add(organizationId)}::bigint`);
  if (filter?.organizations?.length) {
    const organizations = recordIdsSql('organizations', recordKeys(filter.organizations, 'Organization', 'filter.organizations'), params);
    postConditions.push(`p.organization_id IN ${organizations}`);
  }
  if (organizationId || filter?.organizations?.length) where.push(`EXISTS (SELECT 1 FROM posts p WHERE ${postConditions.join(' AND ')})`);
  if (filter?.current != null) {
    const current = `EXISTS (SELECT 1 FROM posts p WHERE ${[...postConditions, POST_IS_CURRENT_SQL].join(' AND ')})`;
    where.push(filter.current ? current : `NOT ${current}`);
  }
  if (filter?.query) where.push(`t.search_vector @@ ${tsQuery(params.add(filter.query))}`);
  const order = args.orderBy ?? { field: 'FULL_NAME', direction: 'ASC' };
  return {
    select: OFFICIALS.select('t'),
    from,
    where,
    params,
    orderKey: ORDER_KEYS[order.field].key,
    orderKeyType: ORDER_KEYS[order.field].type,
    direction: order.direction,
  };
}

export function officialsPage(db: Db, args: OfficialsArgs): Promise<Page<OfficialRow>> {
  return paginate<OfficialRow>(db, officialListSpec(args), args);
}

/** The list of one organization's officials, for pages of many organizations at once. */
export function organizationOfficialsListSpec(args: OfficialsArgs): NestedListSpec {
  return { spec: officialListSpec(args, ORGANIZATION_OFFICIALS, 'link.organization_id'), parentKey: 'link.organization_id' };
}

// Created per request: loaders must not outlive the operation.
export function createOfficialLoaders(db: Db, related: Pick<OrganizationLoaders, 'organizationById'>) {
  return {
    officialById: rowsById(db, 'officialsByIds', OFFICIALS),
    postById: rowsById(db, 'postsByIds', POSTS),
    officialBySlug: rowsBySlug(db, 'officialsBySlugs', OFFICIALS),
    postsByOfficialId: rowsByKey<PostRow, PostRow & { organization: OrganizationRow }>(
      db,
      (keys) => `/* officialPosts */
      SELECT p.official_id::text AS "__key", ${POSTS.select('p')}, ${ORGANIZATIONS.json('g')} AS organization
      FROM posts p JOIN organizations g ON g.id = p.organization_id
      WHERE p.official_id = ANY(${keys}::bigint[])
      ORDER BY ${POST_ORDER('p')}`,
      ({ organization, ...post }) => {
        primeWith(related.organizationById, post.organizationId, organization);
        return post;
      },
    ),
  };
}
export type OfficialLoaders = ReturnType<typeof createOfficialLoaders>;

export function insertOfficial(tx: Queryable, values: WritableRow<typeof OFFICIALS>): Promise<string> {
  return insertRow(tx, 'insertOfficial', OFFICIALS, values);
}

export function updateOfficialRow(tx: Queryable, id: string, values: WritableRow<typeof OFFICIALS>): Promise<boolean> {
  return updateRow(tx, 'updateOfficial', OFFICIALS, id, values);
}

export function insertPost(tx: Queryable, values: WritableRow<typeof POSTS>): Promise<string> {
  return insertRow(tx, 'insertPost', POSTS, values);
}

export function updatePostRow(tx: Queryable, id: string, values: WritableRow<typeof POSTS>): Promise<boolean> {
  return updateRow(tx, 'updatePost', POSTS, id, values);
}

/** The organizations an official holds or held posts in (who may edit the official's record). */
export async function postOrganizationIds(tx: Queryable, officialId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `/* officialOrganizations */ SELECT DISTINCT organization_id::text AS id FROM posts WHERE official_id = $1::bigint`,
    [officialId],
  );
  return rows.map((row) => row.id);
}

/** What refers to an official and keeps them from being deleted (their posts go with them). */
export const OFFICIAL_REFERENCES = [
  { sql: 'SELECT 1 FROM event_participants WHERE official_id = $1::bigint', what: 'event participations' },
];
