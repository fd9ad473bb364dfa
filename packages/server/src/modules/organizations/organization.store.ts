import { defineRelation } from '../../sql/relation';
import { snapshotOf, type Snapshot } from '../../audit/snapshot';
import type { Db, Queryable } from '../../sql/db';
import { SqlParams, recordIdsSql, tsQuery, updatedSince } from '../../sql/fragments';
import { rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
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
import {
  col,
  defineRecordTable,
  defineTable,
  insertRow,
  updateRow,
  type LocalizedText,
  type RowOf,
  type WritableRow,
} from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import { inRegion, inRegions } from '../regions/region.store';
import { recordKeys } from '../../graphql/references';
import type { OrganizationOrderField, OrganizationsArgs } from './organization.inputs';
import type { ContactKind, OrganizationKind } from './organization.type';
import { liesWithin } from '../../sql/tree';
import { assertNear, nearSql } from '../../sql/geo';
import { replaceSubRecords, type SubRecordList } from '../../sql/sub-records';
import { BadUserInputError } from '../../errors';

/** What a support service offers; each item absent where the sources are silent. */
export interface ServiceProfileData {
  freeOfCharge?: boolean;
  accessibleToRuralPopulation?: boolean;
  hasCrisisBeds?: boolean;
  /** Whether it runs a hotline (a phone line for people in crisis). */
  hotline?: boolean;
  /** How many crisis beds it has. */
  crisisBedCount?: number;
  /** When it is open, as the source words it ("Mon–Fri 9:00–18:00", "round the clock"). */
  openingHours?: LocalizedText;
}

/** The flags of a service profile that lists filter by. */
export const SERVICE_PROFILE_FLAGS = ['freeOfCharge', 'accessibleToRuralPopulation', 'hasCrisisBeds', 'hotline'] as const;
export type ServiceProfileFlag = (typeof SERVICE_PROFILE_FLAGS)[number];

export const ORGANIZATIONS = defineRecordTable('organizations', 'Organization', {
  name: col.localized('name'),
  shortName: col.localized('short_name', { nullable: true }),
  kind: col.enum<OrganizationKind>('kind'),
  parentId: col.ref('parent_id', 'Organization', { nullable: true }),
  regionId: col.ref('region_id', 'Region', { nullable: true }),
  description: col.localized('description', { nullable: true }),
  serviceProfile: col.json<ServiceProfileData, true>('service_profile', { nullable: true }),
  latitude: col.float('latitude', { nullable: true }),
  longitude: col.float('longitude', { nullable: true }),
  address: col.localized('address', { nullable: true }),
});
export type OrganizationRow = RowOf<typeof ORGANIZATIONS>;

/** Official contact points (phones, e-mails, websites); never personal ones. */
export const ORGANIZATION_CONTACTS = defineTable('organization_contacts', {
  id: col.id(),
  organizationId: col.ref('organization_id', 'Organization'),
  kind: col.enum<ContactKind>('kind'),
  value: col.text('value'),
  label: col.localized('label', { nullable: true }),
  position: col.int('position'),
});
export type ContactRow = RowOf<typeof ORGANIZATION_CONTACTS>;

/** The order of an organization's contacts, for the contacts aliased `c`. */
export const CONTACT_ORDER = (c: string) => `${c}.position, ${c}.id`;

/** The order of an organization's subdivisions (by name), for the organizations aliased `t`. */
export const SUBDIVISION_ORDER = (t: string) => `qorgau_sort_text(${t}.name), ${t}.id`;

/** An organization's contacts. */
export const CONTACTS_OF_ORGANIZATION = defineRelation({
  from: (c) => `organization_contacts ${c}`,
  parentKey: (c) => `${c}.organization_id`,
  order: CONTACT_ORDER,
});

/** The organizations that are part of one. */
export const SUBDIVISIONS_OF_ORGANIZATION = defineRelation({
  from: (t) => `organizations ${t}`,
  parentKey: (t) => `${t}.parent_id`,
  order: SUBDIVISION_ORDER,
});

/** SQL: the organization aliased `t` has a service profile (a jsonb object; null or absent otherwise). */
export const HAS_SERVICE_PROFILE = (t: string) => `jsonb_typeof(${t}.service_profile) = 'object'`;

/** SQL: one flag of the service profile of the organization aliased `t`; null where the sources are silent. */
export const SERVICE_PROFILE_FLAG = (t: string, flag: ServiceProfileFlag) => `(${t}.service_profile->>'${flag}')::boolean`;

/** SQL: the crisis-bed count of the service profile of the organization aliased `t`; null where unknown. */
export const CRISIS_BED_COUNT = (t: string) => `(${t}.service_profile->>'crisisBedCount')::int`;

/** SQL: the opening hours (a localized jsonb text) of the service profile of the organization aliased `t`. */
export const OPENING_HOURS = (t: string) => `(${t}.service_profile->'openingHours')`;

const ORDER_KEYS: Record<Exclude<OrganizationOrderField, 'DISTANCE'>, OrderKey> = {
  NAME: localizedTextOrder('t.name'),
  CREATED_AT: CREATED_AT_ORDER,
  UPDATED_AT: UPDATED_AT_ORDER,
};

export function organizationListSpec(args: OrganizationsArgs, from = 'organizations t'): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.updatedSince) where.push(updatedSince(params.add(filter.updatedSince)));
  if (filter?.kinds?.length) where.push(`t.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter?.region != null)
    where.push(inRegion('t.region_id', params.add(decodeTypedId(filter.region, 'Region', 'filter.region')), filter.followSuccessions));
  if (filter?.regions?.length) {
    const regions = recordIdsSql('regions', recordKeys(filter.regions, 'Region', 'filter.regions'), params);
    where.push(inRegions('t.region_id', regions, filter.followSuccessions));
  }
  if (filter?.parent != null)
    where.push(`t.parent_id = ${params.add(decodeTypedId(filter.parent, 'Organization', 'filter.parent'))}::bigint`);
  if (filter?.parents?.length) {
    where.push(`t.parent_id IN ${recordIdsSql('organizations', recordKeys(filter.parents, 'Organization', 'filter.parents'), params)}`);
  }
  if (filter?.query) where.push(`t.search_vector @@ ${tsQuery(params.add(filter.query))}`);
  const profile = filter?.serviceProfile;
  if (profile) {
    // Containment of the flags asked for: the GIN index on service_profile answers it.
    const wanted = Object.fromEntries(SERVICE_PROFILE_FLAGS.flatMap((flag) => (profile[flag] != null ? [[flag, profile[flag]]] : [])));
    if (Object.keys(wanted).length > 0) where.push(`t.service_profile @> ${params.add(JSON.stringify(wanted))}::jsonb`);
  }
  let distance: string | null = null;
  if (filter?.near) {
    assertNear(filter.near, 'filter.near');
    const near = nearSql('t', filter.near, params);
    where.push(near.within);
    distance = near.distance;
  }
  const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
  let orderKey: OrderKey;
  if (order.field === 'DISTANCE') {
    if (distance === null)
      throw new BadUserInputError('ordering by DISTANCE needs filter.near: the point to measure from', 'orderBy.field');
    orderKey = { key: distance, type: 'float8' };
  } else {
    orderKey = ORDER_KEYS[order.field];
  }
  return {
    select: ORGANIZATIONS.select('t'),
    from,
    where,
    params,
    orderKey: orderKey.key,
    orderKeyType: orderKey.type,
    direction: order.direction,
  };
}

/** The organizations in regions (each with the regions below it), for pages of many regions at once. */
export function regionOrganizationsListSpec(args: OrganizationsArgs): NestedListSpec {
  return {
    spec: organizationListSpec(args, 'region_ancestors ra JOIN organizations t ON t.region_id = ra.region_id'),
    parentKey: 'ra.ancestor_id',
  };
}

export function organizationsPage(db: Db, args: OrganizationsArgs): Promise<Page<OrganizationRow>> {
  return paginate<OrganizationRow>(db, organizationListSpec(args), args);
}

// Created per request: loaders must not outlive the operation.
export function createOrganizationLoaders(db: Db) {
  return {
    organizationById: rowsById(db, 'organizationsByIds', ORGANIZATIONS),
    organizationBySlug: rowsBySlug(db, 'organizationsBySlugs', ORGANIZATIONS),
    contactsByOrganizationId: rowsByKey<ContactRow>(
      db,
      (keys) => `/* organizationContacts */
      SELECT c.organization_id::text AS "__key", ${ORGANIZATION_CONTACTS.select('c')} FROM organization_contacts c
      WHERE c.organization_id = ANY(${keys}::bigint[]) ORDER BY ${CONTACT_ORDER('c')}`,
    ),
    subdivisionsByOrganizationId: rowsByKey<OrganizationRow>(
      db,
      (keys) => `/* organizationSubdivisions */
      SELECT t.parent_id::text AS "__key", ${ORGANIZATIONS.select('t')} FROM organizations t
      WHERE t.parent_id = ANY(${keys}::bigint[]) ORDER BY ${SUBDIVISION_ORDER('t')}`,
    ),
  };
}
export type OrganizationLoaders = ReturnType<typeof createOrganizationLoaders>;

export function insertOrganization(tx: Queryable, values: WritableRow<typeof ORGANIZATIONS>): Promise<string> {
  return insertRow(tx, 'insertOrganization', ORGANIZATIONS, values);
}

export function updateOrganizationRow(tx: Queryable, id: string, values: WritableRow<typeof ORGANIZATIONS>): Promise<boolean> {
  return updateRow(tx, 'updateOrganization', ORGANIZATIONS, id, values);
}

export interface ContactValues {
  /** The contact point this item keeps (its database id); null for a new one. */
  id: string | null;
  kind: ContactKind;
  value: string;
  label: LocalizedText | null;
}

/** How an organization's contact points are stored, for `replaceSubRecords`. */
export const CONTACT_LIST: SubRecordList = {
  table: 'organization_contacts',
  parentColumn: 'organization_id',
  columns: [
    ['kind', 'text[]'],
    ['value', 'text[]'],
    ['label', 'jsonb[]'],
  ],
};

/** An organization's contact points, replaced in the order given; those named by ID keep it. */
export async function replaceContacts(tx: Queryable, organizationId: string, contacts: readonly ContactValues[]): Promise<void> {
  await replaceSubRecords(
    tx,
    'Contacts',
    CONTACT_LIST,
    organizationId,
    contacts.map((c) => ({ id: c.id, values: [c.kind, c.value, c.label ? JSON.stringify(c.label) : null] })),
  );
}

/** The parts of an organization's snapshot beside its row: its contact points. */
export async function organizationParts(tx: Queryable, organizationId: string): Promise<Snapshot> {
  const rows = await tx.query<ContactRow>(
    `/* organizationContactsOf */ SELECT ${ORGANIZATION_CONTACTS.select('c')} FROM organization_contacts c
     WHERE c.organization_id = $1::bigint ORDER BY ${CONTACT_ORDER('c')}`,
    [organizationId],
  );
  return { contacts: rows.map((row) => snapshotOf(ORGANIZATION_CONTACTS, row, ['id', 'organizationId', 'position'])) };
}

/** Whether `candidateId` is `organizationId` or part of it, at any depth (a parent there would make a cycle). */
export function isPartOf(tx: Queryable, organizationId: string, candidateId: string): Promise<boolean> {
  return liesWithin(tx, 'organizationInSubtree', { table: 'organizations', parentColumn: 'parent_id' }, organizationId, candidateId);
}

/** What refers to an organization and keeps it from being deleted. */
export const ORGANIZATION_REFERENCES = [
  { sql: 'SELECT 1 FROM organizations WHERE parent_id = $1::bigint', what: 'subdivisions' },
  { sql: 'SELECT 1 FROM event_organizers WHERE organization_id = $1::bigint', what: 'events it organized' },
  { sql: 'SELECT 1 FROM event_participants WHERE organization_id = $1::bigint', what: 'event participations' },
  { sql: 'SELECT 1 FROM posts WHERE organization_id = $1::bigint', what: 'posts' },
  { sql: 'SELECT 1 FROM programmes WHERE lead_organization_id = $1::bigint', what: 'programmes it leads' },
  { sql: 'SELECT 1 FROM pilot_measures WHERE organization_id = $1::bigint', what: 'pilot measures' },
  { sql: 'SELECT 1 FROM recommendation_responsible_organizations WHERE organization_id = $1::bigint', what: 'recommendations' },
  { sql: 'SELECT 1 FROM api_keys WHERE organization_id = $1::bigint', what: 'API keys' },
];

/** The id of the organization with `slug`, or null. */
export async function organizationIdBySlug(db: Queryable, slug: string): Promise<string | null> {
  const rows = await db.query<{ id: string }>('/* organizationIdBySlug */ SELECT id::text AS id FROM organizations WHERE slug = $1', [
    slug,
  ]);
  return rows[0]?.id ?? null;
}
