import type DataLoader from 'dataloader';
import type { Db } from '../../common/db';
import { primeWith, rowsById, rowsByKey, rowsBySlug } from '../../common/loader-helpers';
import { ORGANIZATION_SHAPE, type OrganizationRow } from '../organizations/organization.type';
import { OFFICIAL_COLUMNS, POST_COLUMNS, type OfficialRow, type PostRow } from './official.type';

export function createOfficialLoaders(db: Db, related: { organizationById: DataLoader<string, OrganizationRow | null> }) {
  return {
    officialById: rowsById<OfficialRow>(db, OFFICIAL_COLUMNS, 'officials t'),
    officialBySlug: rowsBySlug<OfficialRow>(db, OFFICIAL_COLUMNS, 'officials t'),
    postsByOfficialId: rowsByKey<PostRow, PostRow & { organization: OrganizationRow }>(
      db,
      (keys) => `
      SELECT p.official_id::text AS "__key", ${POST_COLUMNS}, ${ORGANIZATION_SHAPE.json('g')} AS organization
      FROM posts p JOIN organizations g ON g.id = p.organization_id
      WHERE p.official_id = ANY(${keys}::bigint[])
      ORDER BY coalesce(p.started_on, p.attested_on) DESC NULLS LAST, p.id`,
      ({ organization, ...post }) => {
        primeWith(related.organizationById, post.organizationId, organization);
        return post;
      },
    ),
  };
}
