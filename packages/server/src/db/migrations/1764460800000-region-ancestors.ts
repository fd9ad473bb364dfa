import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `region_ancestors`: every region with each region above it and itself (a closure table), kept by a
 * trigger on `regions`. "In this region or below" becomes an indexed lookup that PostgreSQL can
 * estimate from its statistics: over a recursive CTE it guessed about 1,050 regions where a
 * top-level region holds 11, and joined every event with every recommendation (issue 8's Q4).
 * The trigger fires ALWAYS, also under `session_replication_role = replica` (bulk loads), so the
 * table cannot drift from `regions.parent_id`.
 */
export class RegionAncestors1764460800000 implements MigrationInterface {
  name = 'RegionAncestors1764460800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE region_ancestors (
        ancestor_id bigint NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
        region_id bigint NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
        depth int NOT NULL CHECK (depth >= 0),
        PRIMARY KEY (ancestor_id, region_id)
      );
      CREATE INDEX region_ancestors_region_idx ON region_ancestors (region_id, depth);

      INSERT INTO region_ancestors (ancestor_id, region_id, depth)
        WITH RECURSIVE up AS (
          SELECT id AS region_id, id AS ancestor_id, 0 AS depth, parent_id FROM regions
          UNION ALL
          SELECT up.region_id, r.id, up.depth + 1, r.parent_id FROM up JOIN regions r ON r.id = up.parent_id)
        SELECT ancestor_id, region_id, depth FROM up;

      CREATE FUNCTION regions_keep_ancestors() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO region_ancestors (ancestor_id, region_id, depth)
            SELECT NEW.id, NEW.id, 0
            UNION ALL
            SELECT a.ancestor_id, NEW.id, a.depth + 1 FROM region_ancestors a WHERE a.region_id = NEW.parent_id;
        ELSIF NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN
          -- The moved subtree loses every ancestor above the moved region, then gains the new parent's.
          DELETE FROM region_ancestors d
            WHERE d.region_id IN (SELECT s.region_id FROM region_ancestors s WHERE s.ancestor_id = NEW.id)
              AND d.ancestor_id NOT IN (SELECT s.region_id FROM region_ancestors s WHERE s.ancestor_id = NEW.id);
          INSERT INTO region_ancestors (ancestor_id, region_id, depth)
            SELECT above.ancestor_id, below.region_id, above.depth + below.depth + 1
            FROM region_ancestors above
            JOIN region_ancestors below ON below.ancestor_id = NEW.id
            WHERE above.region_id = NEW.parent_id;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER regions_ancestors AFTER INSERT OR UPDATE OF parent_id ON regions
        FOR EACH ROW EXECUTE FUNCTION regions_keep_ancestors();
      ALTER TABLE regions ENABLE ALWAYS TRIGGER regions_ancestors;
      ANALYZE region_ancestors;
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER regions_ancestors ON regions;
      DROP FUNCTION regions_keep_ancestors();
      DROP TABLE region_ancestors;
    `);
  }
}
