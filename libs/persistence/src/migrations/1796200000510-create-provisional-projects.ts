import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Late-stage deals' provisional PSA projects and the demand each holds (process-onboarding). */
export class CreateProvisionalProjects1796200000510 implements MigrationInterface {
  name = 'CreateProvisionalProjects1796200000510';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "provisional_projects" (
        "project_id" text NOT NULL,
        "opportunity_id" text NOT NULL,
        "opportunity_crm_id" text NOT NULL,
        "name" text NOT NULL,
        "stage" text NOT NULL,
        "deal_version" text NOT NULL,
        "legal_entity" text NOT NULL,
        "status" text NOT NULL DEFAULT 'provisional',
        "psa_project_id" text NOT NULL,
        "demand" jsonb NOT NULL,
        "closed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_provisional_projects" PRIMARY KEY ("project_id"),
        CONSTRAINT "uq_provisional_projects_opportunity" UNIQUE ("opportunity_id"),
        CONSTRAINT "ck_provisional_projects_status"
          CHECK ("status" IN ('provisional', 'promoted', 'closed'))
      )`);
    // the list pages newest first, of every legal entity or of one
    await queryRunner.query(`
      CREATE INDEX "ix_provisional_projects_created"
        ON "provisional_projects" ("created_at", "project_id")`);
    await queryRunner.query(`
      CREATE INDEX "ix_provisional_projects_entity"
        ON "provisional_projects" ("legal_entity", "created_at", "project_id")`);
    // each poll looks for the deals still held provisional
    await queryRunner.query(`
      CREATE INDEX "ix_provisional_projects_held" ON "provisional_projects" ("opportunity_id")
        WHERE "status" = 'provisional'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "provisional_projects"`);
  }
}
