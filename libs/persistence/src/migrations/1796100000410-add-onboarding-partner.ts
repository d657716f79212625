import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The partner of an onboarding's customer, as the CRM names it when the deal is validated. */
export class AddOnboardingPartner1796100000410 implements MigrationInterface {
  name = 'AddOnboardingPartner1796100000410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "onboardings" ADD COLUMN "partner" text`);
    await queryRunner.query(`
      CREATE INDEX "ix_onboardings_partner" ON "onboardings" ("partner", "created_at")
        WHERE "partner" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_onboardings_partner"`);
    await queryRunner.query(`ALTER TABLE "onboardings" DROP COLUMN "partner"`);
  }
}
