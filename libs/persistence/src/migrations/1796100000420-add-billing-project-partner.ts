import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whose project billing bills: the customer and its partner, as `ProjectActivated` names them. */
export class AddBillingProjectPartner1796100000420 implements MigrationInterface {
  name = 'AddBillingProjectPartner1796100000420';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "billing_projects" ADD COLUMN "customer" text, ADD COLUMN "partner" text`);
    await queryRunner.query(`
      CREATE INDEX "ix_billing_projects_partner" ON "billing_projects" ("partner")
        WHERE "partner" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_billing_projects_partner"`);
    await queryRunner.query(`
      ALTER TABLE "billing_projects" DROP COLUMN "customer", DROP COLUMN "partner"`);
  }
}
