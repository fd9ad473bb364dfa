import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sub-records keep their IDs when their list is replaced (issue 10, part 4): an update rewrites the
 * contacts it keeps in place, in one statement, so two of them may trade values ("swap the phone
 * numbers"). An organization's contact points stay unique, checked when the transaction commits
 * rather than row by row in the middle of that statement.
 */
export class StableSubRecords1764720000000 implements MigrationInterface {
  name = 'StableSubRecords1764720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organization_contacts DROP CONSTRAINT organization_contacts_organization_id_kind_value_key;
      ALTER TABLE organization_contacts ADD CONSTRAINT organization_contacts_organization_id_kind_value_key
        UNIQUE (organization_id, kind, value) DEFERRABLE INITIALLY DEFERRED;
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organization_contacts DROP CONSTRAINT organization_contacts_organization_id_kind_value_key;
      ALTER TABLE organization_contacts ADD CONSTRAINT organization_contacts_organization_id_kind_value_key UNIQUE (organization_id, kind, value);
    `);
  }
}
