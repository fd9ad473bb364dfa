import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * For the aggregates (`eventStats`, `recommendationStats`, `indicatorTotals`):
 * - `qorgau_too_many_buckets()` fails the statement with SQLSTATE QB001. The compiled read of an
 *   aggregate knows that it has more buckets than an answer may hold only once it has grouped; it
 *   then stops, and the resolvers report the same condition as BAD_USER_INPUT.
 * - Dashboards ask for a year of events at a time: `dateRange` compares the events' first and
 *   last days, which get indexes of their own (the feed's index orders by a coalesced first day).
 */
export class Aggregates1764547200000 implements MigrationInterface {
  name = 'Aggregates1764547200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION qorgau_too_many_buckets() RETURNS json LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        RAISE EXCEPTION 'more buckets than an answer holds' USING ERRCODE = 'QB001';
      END $$;
      CREATE INDEX events_first_day_idx ON events (starts_on);
      CREATE INDEX events_last_day_idx ON events ((coalesce(ends_on, starts_on)));
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX events_last_day_idx;
      DROP INDEX events_first_day_idx;
      DROP FUNCTION qorgau_too_many_buckets();
    `);
  }
}
