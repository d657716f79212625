import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How often the recovery sweep picked a billing run up again, and the sweep's work list: the runs
 * still planning or invoicing, oldest change first.
 */
export class AddBillingRunRecoveries1795900000600 implements MigrationInterface {
  name = 'AddBillingRunRecoveries1795900000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "billing_runs"
        ADD COLUMN "recoveries" integer NOT NULL DEFAULT 0,
        ADD COLUMN "recovered_at" timestamptz`);
    await queryRunner.query(`
      CREATE INDEX "ix_billing_runs_unsettled" ON "billing_runs" ("updated_at")
        WHERE "status" IN ('planning', 'invoicing')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_billing_runs_unsettled"`);
    await queryRunner.query(`
      ALTER TABLE "billing_runs" DROP COLUMN "recoveries", DROP COLUMN "recovered_at"`);
  }
}
