import type { Db } from '../../common/db';
import { rowsById, rowsByKey, rowsBySlug } from '../../common/loader-helpers';
import {
  PILOT_REGION_COLUMNS,
  PROGRAMME_COLUMNS,
  type PilotAreaRow,
  type PilotMeasureRow,
  type PilotRegionRow,
  type ProgrammeRow,
} from './programme.type';

export function createProgrammeLoaders(db: Db) {
  return {
    programmeById: rowsById<ProgrammeRow>(db, PROGRAMME_COLUMNS, 'programmes t'),
    programmeBySlug: rowsBySlug<ProgrammeRow>(db, PROGRAMME_COLUMNS, 'programmes t'),
    pilotRegionById: rowsById<PilotRegionRow>(db, PILOT_REGION_COLUMNS, 'pilot_regions t'),
    pilotRegionBySlug: rowsBySlug<PilotRegionRow>(db, PILOT_REGION_COLUMNS, 'pilot_regions t'),
    pilotRegionsByProgrammeId: rowsByKey<PilotRegionRow>(
      db,
      (keys) => `
      SELECT t.programme_id::text AS "__key", ${PILOT_REGION_COLUMNS} FROM pilot_regions t
      WHERE t.programme_id = ANY(${keys}::bigint[]) ORDER BY t.started_on NULLS LAST, t.id`,
    ),
    areasByPilotRegionId: rowsByKey<PilotAreaRow>(
      db,
      (keys) => `
      SELECT a.pilot_region_id::text AS "__key", a.name, a.region_id::text AS "regionId", a.unit_count AS "unitCount"
      FROM pilot_areas a WHERE a.pilot_region_id = ANY(${keys}::bigint[]) ORDER BY a.position, a.id`,
    ),
    measuresByPilotRegionId: rowsByKey<PilotMeasureRow>(
      db,
      (keys) => `
      SELECT m.pilot_region_id::text AS "__key", m.kind, m.status, m.title, m.description,
        m.organization_id::text AS "organizationId", m.audiences
      FROM pilot_measures m WHERE m.pilot_region_id = ANY(${keys}::bigint[]) ORDER BY m.position, m.id`,
    ),
  };
}
