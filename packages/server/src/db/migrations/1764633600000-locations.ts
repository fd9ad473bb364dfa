import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where organizations and events are (issue 10, part 2): coordinates and an address, each optional,
 * filled in only where a source gives them. "Services near me" is a distance query: `cube` and
 * `earthdistance` from contrib (shipped with the embedded PostgreSQL and with Debian's; trusted
 * extensions, so the database's owner may create them) put each organization's point on the earth
 * in `geo`, a generated column with a GiST index: `earth_box(…) @> geo` finds the candidates within
 * a radius through the index, `earth_distance` keeps those truly within it and orders them. The
 * point is a stored column rather than an expression index, so that no maintenance (ANALYZE,
 * REINDEX, which PostgreSQL 17 runs with a restricted search_path) evaluates earthdistance's
 * functions outside the schema they live in.
 */
export class Locations1764633600000 implements MigrationInterface {
  name = 'Locations1764633600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE EXTENSION IF NOT EXISTS cube;
      CREATE EXTENSION IF NOT EXISTS earthdistance;

      ALTER TABLE organizations
        ADD COLUMN latitude double precision,
        ADD COLUMN longitude double precision,
        ADD COLUMN address jsonb,
        ADD CONSTRAINT organizations_coordinates_check CHECK (
          (latitude IS NULL) = (longitude IS NULL) AND latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180),
        ADD COLUMN geo cube GENERATED ALWAYS AS (CASE WHEN latitude IS NOT NULL THEN ll_to_earth(latitude, longitude)::cube END) STORED;
      CREATE INDEX organizations_geo_idx ON organizations USING gist (geo);
      CREATE INDEX organizations_service_profile_idx ON organizations USING gin (service_profile jsonb_path_ops);

      ALTER TABLE events
        ADD COLUMN latitude double precision,
        ADD COLUMN longitude double precision,
        ADD COLUMN address jsonb,
        ADD CONSTRAINT events_coordinates_check CHECK (
          (latitude IS NULL) = (longitude IS NULL) AND latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180);
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE events DROP COLUMN address, DROP COLUMN longitude, DROP COLUMN latitude;
      DROP INDEX organizations_service_profile_idx;
      ALTER TABLE organizations DROP COLUMN geo, DROP COLUMN address, DROP COLUMN longitude, DROP COLUMN latitude;
      DROP EXTENSION IF EXISTS earthdistance;
      DROP EXTENSION IF EXISTS cube;
    `);
  }
}
