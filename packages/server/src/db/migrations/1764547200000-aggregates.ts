import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * For the aggregates (`eventStats`, `recommendationStats`, `indicatorTotals`):
 * - `qorgau_too_many_buckets()` fails the statement with SQLSTATE QB001. The compiled read of an
 *   aggregate knows that it has more buckets than an answer may hold only once it has grouped; it
 *   then stops, and the resolvers report the same condition as BAD_USER_INPUT.
 * - Dashboards count a year of events at a time (`dateRange`: the events' last day on or after its
 *   start, their first day on or before its end). Events of every date share the heap's pages, so
 *   reading a tenth of them by index touches nearly every page; an index holding what a count
 *   reads (region, kind, status, the days) answers from the index alone: Q6 of the bench, 45 ms of
 *   sequential scan before, 15 ms after.
 */
export class Aggregates1764547200000 implements MigrationInterface {
  name = 'Aggregates1764547200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION qorgau_too_many_buckets() RETURNS json LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RAISE EXCEPTION 'more buckets than an answer holds' USING ERRCODE = 'QB001';
      END $$;
      CREATE INDEX events_last_day_idx ON events ((coalesce(ends_on, starts_on))) INCLUDE (starts_on, ends_on, region_id, kind, status);
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX events_last_day_idx;
      DROP FUNCTION qorgau_too_many_buckets();
    `);
  }
}
