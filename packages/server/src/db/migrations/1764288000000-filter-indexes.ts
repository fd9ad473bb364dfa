import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes behind the status, theme and due-date filters that the first migration left uncovered. */
export class FilterIndexes1764288000000 implements MigrationInterface {
  name = 'FilterIndexes1764288000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE INDEX events_status_idx ON events (status);
      CREATE INDEX recommendations_theme_idx ON recommendations (theme);
      CREATE INDEX recommendations_due_on_idx ON recommendations (due_on) WHERE due_on IS NOT NULL;
      CREATE INDEX pilot_regions_status_idx ON pilot_regions (status);
      CREATE INDEX programmes_lead_organization_idx ON programmes (lead_organization_id);
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX programmes_lead_organization_idx, pilot_regions_status_idx, recommendations_due_on_idx,
        recommendations_theme_idx, events_status_idx;
    `);
  }
}
