import type DataLoader from 'dataloader';
import type { Db } from '../../common/db';
import { primeWith, rowsById, rowsByKey, rowsBySlug } from '../../common/loader-helpers';
import { ORGANIZATION_SHAPE, type OrganizationRow } from '../organizations/organization.type';
import { RECOMMENDATION_COLUMNS, type RecommendationRow, type StatusChangeRow } from './recommendation.type';

export function createRecommendationLoaders(db: Db, related: { organizationById: DataLoader<string, OrganizationRow | null> }) {
  return {
    recommendationById: rowsById<RecommendationRow>(db, RECOMMENDATION_COLUMNS, 'recommendations t'),
    recommendationBySlug: rowsBySlug<RecommendationRow>(db, RECOMMENDATION_COLUMNS, 'recommendations t'),
    responsibleOrganizationIdsByRecommendationId: rowsByKey<
      { organizationId: string },
      { organizationId: string; organization: OrganizationRow }
    >(
      db,
      (keys) => `
      SELECT r.recommendation_id::text AS "__key", r.organization_id::text AS "organizationId", ${ORGANIZATION_SHAPE.json('g')} AS organization
      FROM recommendation_responsible_organizations r JOIN organizations g ON g.id = r.organization_id
      WHERE r.recommendation_id = ANY(${keys}::bigint[])
      ORDER BY r.recommendation_id, r.organization_id`,
      ({ organization, ...link }) => {
        primeWith(related.organizationById, link.organizationId, organization);
        return link;
      },
    ),
    historyByRecommendationId: rowsByKey<StatusChangeRow>(
      db,
      (keys) => `
      SELECT h.recommendation_id::text AS "__key", h.from_status AS "fromStatus", h.to_status AS "toStatus",
        h.changed_on AS "changedOn", h.changed_by AS "changedBy", h.note
      FROM recommendation_status_changes h WHERE h.recommendation_id = ANY(${keys}::bigint[])
      ORDER BY h.recommendation_id, h.changed_on, h.id`,
    ),
  };
}
