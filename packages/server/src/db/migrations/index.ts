import { InitialSchema1764201600000 } from './1764201600000-initial-schema';
import { FilterIndexes1764288000000 } from './1764288000000-filter-indexes';
import { Writes1764374400000 } from './1764374400000-writes';
import { RegionAncestors1764460800000 } from './1764460800000-region-ancestors';
import { Aggregates1764547200000 } from './1764547200000-aggregates';
import { Locations1764633600000 } from './1764633600000-locations';
import { StableSubRecords1764720000000 } from './1764720000000-stable-sub-records';

/** Every migration, oldest first. A migration is never edited after it lands: add a new one. */
export const MIGRATIONS = [
  InitialSchema1764201600000,
  FilterIndexes1764288000000,
  Writes1764374400000,
  RegionAncestors1764460800000,
  Aggregates1764547200000,
  Locations1764633600000,
  StableSubRecords1764720000000,
];
