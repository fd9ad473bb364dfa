import type { Db } from './common/db';
import { ArgumentLoaders } from './common/loader-helpers';
import { createEventLoaders } from './modules/events/event.loader';
import { createOfficialLoaders } from './modules/officials/official.loader';
import { createOrganizationLoaders } from './modules/organizations/organization.loader';
import { createProgrammeLoaders } from './modules/programmes/programme.loader';
import { createRecommendationLoaders } from './modules/recommendations/recommendation.loader';
import { createRegionLoaders } from './modules/regions/region.loader';
import { createSourceLoaders } from './modules/sources/source.loader';

/** Every DataLoader of one request; built by the context factory, dropped with the request. */
export function createLoaders(db: Db) {
  const organizations = createOrganizationLoaders(db);
  const officials = createOfficialLoaders(db, organizations);
  return {
    ...createSourceLoaders(db),
    ...createRegionLoaders(db),
    ...organizations,
    ...officials,
    ...createEventLoaders(db, { organizationById: organizations.organizationById, officialById: officials.officialById }),
    ...createProgrammeLoaders(db),
    ...createRecommendationLoaders(db, organizations),
    /** Loaders of nested connections, one per field and argument set. */
    pages: new ArgumentLoaders(),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
