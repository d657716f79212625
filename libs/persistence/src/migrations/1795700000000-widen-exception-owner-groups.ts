import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Delivery teams own exception cases too (WORKER_INACTIVE: a planned worker to restaff). */
export class WidenExceptionOwnerGroups1795700000000 implements MigrationInterface {
  name = 'WidenExceptionOwnerGroups1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "ck_exceptions_owner_group"`);
    await queryRunner.query(`
      ALTER TABLE "exceptions" ADD CONSTRAINT "ck_exceptions_owner_group"
        CHECK ("owner_group" IN ('finance-ops', 'integration-support', 'platform', 'delivery'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exceptions" DROP CONSTRAINT "ck_exceptions_owner_group"`);
    await queryRunner.query(`
      ALTER TABLE "exceptions" ADD CONSTRAINT "ck_exceptions_owner_group"
        CHECK ("owner_group" IN ('finance-ops', 'integration-support', 'platform'))`);
  }
}
