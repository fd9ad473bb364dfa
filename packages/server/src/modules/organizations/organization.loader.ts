import type { Db } from '../../common/db';
import { rowsById, rowsByKey, rowsBySlug } from '../../common/loader-helpers';
import { ORGANIZATION_COLUMNS, type ContactRow, type OrganizationRow } from './organization.type';

export function createOrganizationLoaders(db: Db) {
  return {
    organizationById: rowsById<OrganizationRow>(db, ORGANIZATION_COLUMNS, 'organizations t'),
    organizationBySlug: rowsBySlug<OrganizationRow>(db, ORGANIZATION_COLUMNS, 'organizations t'),
    contactsByOrganizationId: rowsByKey<ContactRow>(
      db,
      (keys) => `
      SELECT c.organization_id::text AS "__key", c.kind, c.value, c.label FROM organization_contacts c
      WHERE c.organization_id = ANY(${keys}::bigint[]) ORDER BY c.position, c.id`,
    ),
    subdivisionsByOrganizationId: rowsByKey<OrganizationRow>(
      db,
      (keys) => `
      SELECT t.parent_id::text AS "__key", ${ORGANIZATION_COLUMNS} FROM organizations t
      WHERE t.parent_id = ANY(${keys}::bigint[]) ORDER BY qorgau_sort_text(t.name), t.id`,
    ),
  };
}
