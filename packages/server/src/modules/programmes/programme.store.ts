import type { Db, Queryable } from '../../sql/db';
import { SqlParams, recordIdsSql, updatedSince } from '../../sql/fragments';
import { recordKeys } from '../../graphql/references';
import { rowsById, rowsBySlug } from '../../sql/loaders';
import {
  CREATED_AT_ORDER,
  UPDATED_AT_ORDER,
  localizedTextOrder,
  paginate,
  type ListSpec,
  type OrderKey,
  type Page,
} from '../../sql/pagination';
import { col, defineRecordTable, insertRow, updateRow, type RowOf, type WritableRow } from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import type { ProgrammeOrderField, ProgrammesArgs } from './programme.inputs';

export const PROGRAMMES = defineRecordTable('programmes', 'Programme', {
  name: col.localized('name'),
  description: col.localized('description', { nullable: true }),
  leadOrganizationId: col.ref('lead_organization_id', 'Organization', { nullable: true }),
});
export type ProgrammeRow = RowOf<typeof PROGRAMMES>;

const ORDER_KEYS: Record<ProgrammeOrderField, OrderKey> = {
  NAME: localizedTextOrder('t.name'),
  CREATED_AT: CREATED_AT_ORDER,
  UPDATED_AT: UPDATED_AT_ORDER,
};

export function programmeListSpec(args: ProgrammesArgs): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  if (args.filter?.updatedSince) where.push(updatedSince(params.add(args.filter.updatedSince)));
  if (args.filter?.leadOrganization != null) {
    where.push(
      `t.lead_organization_id = ${params.add(decodeTypedId(args.filter.leadOrganization, 'Organization', 'filter.leadOrganization'))}::bigint`,
    );
  }
  if (args.filter?.leadOrganizations?.length) {
    const organizations = recordIdsSql(
      'organizations',
      recordKeys(args.filter.leadOrganizations, 'Organization', 'filter.leadOrganizations'),
      params,
    );
    where.push(`t.lead_organization_id IN ${organizations}`);
  }
  const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
  return {
    select: PROGRAMMES.select('t'),
    from: 'programmes t',
    where,
    params,
    orderKey: ORDER_KEYS[order.field].key,
    orderKeyType: ORDER_KEYS[order.field].type,
    direction: order.direction,
  };
}

export function programmesPage(db: Db, args: ProgrammesArgs): Promise<Page<ProgrammeRow>> {
  return paginate<ProgrammeRow>(db, programmeListSpec(args), args);
}

// Created per request: loaders must not outlive the operation.
export function createProgrammeLoaders(db: Db) {
  return {
    programmeById: rowsById(db, 'programmesByIds', PROGRAMMES),
    programmeBySlug: rowsBySlug(db, 'programmesBySlugs', PROGRAMMES),
  };
}
export type ProgrammeLoaders = ReturnType<typeof createProgrammeLoaders>;

export function insertProgramme(tx: Queryable, values: WritableRow<typeof PROGRAMMES>): Promise<string> {
  return insertRow(tx, 'insertProgramme', PROGRAMMES, values);
}

export function updateProgrammeRow(tx: Queryable, id: string, values: WritableRow<typeof PROGRAMMES>): Promise<boolean> {
  return updateRow(tx, 'updateProgramme', PROGRAMMES, id, values);
}

/** What refers to a programme and keeps it from being deleted. */
export const PROGRAMME_REFERENCES = [{ sql: 'SELECT 1 FROM pilot_regions WHERE programme_id = $1::bigint', what: 'pilot regions' }];
