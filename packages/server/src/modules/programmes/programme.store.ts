import type { Db } from '../../sql/db';
import { SqlParams } from '../../sql/fragments';
import { rowsById, rowsBySlug } from '../../sql/loaders';
import { localizedTextOrder, paginate, type Page } from '../../sql/pagination';
import { col, defineRecordTable, type RowOf } from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import type { ProgrammesArgs } from './programme.inputs';

export const PROGRAMMES = defineRecordTable('programmes', 'Programme', {
  name: col.localized('name'),
  description: col.localized('description', { nullable: true }),
  leadOrganizationId: col.ref('lead_organization_id', { nullable: true }),
});
export type ProgrammeRow = RowOf<typeof PROGRAMMES>;

const BY_NAME = localizedTextOrder('t.name');

export function programmesPage(db: Db, args: ProgrammesArgs): Promise<Page<ProgrammeRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  if (args.filter?.leadOrganization != null) {
    where.push(
      `t.lead_organization_id = ${params.add(decodeTypedId(args.filter.leadOrganization, 'Organization', 'filter.leadOrganization'))}::bigint`,
    );
  }
  return paginate<ProgrammeRow>(
    db,
    {
      select: PROGRAMMES.select('t'),
      from: 'programmes t',
      where,
      params,
      orderKey: BY_NAME.key,
      orderKeyType: BY_NAME.type,
      direction: 'ASC',
    },
    args,
  );
}

// Created per request: loaders must not outlive the operation.
export function createProgrammeLoaders(db: Db) {
  return {
    programmeById: rowsById(db, 'programmesByIds', PROGRAMMES),
    programmeBySlug: rowsBySlug(db, 'programmesBySlugs', PROGRAMMES),
  };
}
export type ProgrammeLoaders = ReturnType<typeof createProgrammeLoaders>;
