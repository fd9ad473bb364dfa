import type { Db } from '../../sql/db';
import { SqlParams, tsQuery } from '../../sql/fragments';
import { rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import { CREATED_AT_ORDER, localizedTextOrder, paginate, type ListSpec, type OrderKey, type Page } from '../../sql/pagination';
import { col, defineRecordTable, defineTable, type RowOf } from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import { inRegionSubtree } from '../regions/region.store';
import type { OrganizationOrderField, OrganizationsArgs } from './organization.inputs';
import type { ContactKind, OrganizationKind } from './organization.type';

/** What a support service offers; each flag absent where the sources are silent. */
export interface ServiceProfileData {
  freeOfCharge?: boolean;
  accessibleToRuralPopulation?: boolean;
  hasCrisisBeds?: boolean;
}

export const ORGANIZATIONS = defineRecordTable('organizations', 'Organization', {
  name: col.localized('name'),
  shortName: col.localized('short_name', { nullable: true }),
  kind: col.enum<OrganizationKind>('kind'),
  parentId: col.ref('parent_id', { nullable: true }),
  regionId: col.ref('region_id', { nullable: true }),
  description: col.localized('description', { nullable: true }),
  serviceProfile: col.json<ServiceProfileData, true>('service_profile', { nullable: true }),
});
export type OrganizationRow = RowOf<typeof ORGANIZATIONS>;

/** Official contact points (phones, e-mails, websites); never personal ones. */
export const ORGANIZATION_CONTACTS = defineTable('organization_contacts', {
  id: col.id(),
  organizationId: col.ref('organization_id'),
  kind: col.enum<ContactKind>('kind'),
  value: col.text('value'),
  label: col.localized('label', { nullable: true }),
  position: col.int('position'),
});
export type ContactRow = RowOf<typeof ORGANIZATION_CONTACTS>;

const ORDER_KEYS: Record<OrganizationOrderField, OrderKey> = {
  NAME: localizedTextOrder('t.name'),
  CREATED_AT: CREATED_AT_ORDER,
};

export function organizationListSpec(args: OrganizationsArgs, from = 'organizations t'): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.kinds?.length) where.push(`t.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter?.region != null)
    where.push(inRegionSubtree('t.region_id', params.add(decodeTypedId(filter.region, 'Region', 'filter.region'))));
  if (filter?.parent != null)
    where.push(`t.parent_id = ${params.add(decodeTypedId(filter.parent, 'Organization', 'filter.parent'))}::bigint`);
  if (filter?.query) where.push(`t.search_vector @@ ${tsQuery(params.add(filter.query))}`);
  const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
  return {
    select: ORGANIZATIONS.select('t'),
    from,
    where,
    params,
    orderKey: ORDER_KEYS[order.field].key,
    orderKeyType: ORDER_KEYS[order.field].type,
    direction: order.direction,
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
      WHERE c.organization_id = ANY(${keys}::bigint[]) ORDER BY c.position, c.id`,
    ),
    subdivisionsByOrganizationId: rowsByKey<OrganizationRow>(
      db,
      (keys) => `/* organizationSubdivisions */
      SELECT t.parent_id::text AS "__key", ${ORGANIZATIONS.select('t')} FROM organizations t
      WHERE t.parent_id = ANY(${keys}::bigint[]) ORDER BY qorgau_sort_text(t.name), t.id`,
    ),
  };
}
export type OrganizationLoaders = ReturnType<typeof createOrganizationLoaders>;
