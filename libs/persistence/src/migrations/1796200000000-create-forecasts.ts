import type { MigrationInterface, QueryRunner } from 'typeorm';

/** process-forecast's projects, their forecast versions and the newest plan's assignments. */
export class CreateForecasts1796200000000 implements MigrationInterface {
  name = 'CreateForecasts1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "forecast_projects" (
        "project" text NOT NULL,
        "opportunity" text,
        "legal_entity" text,
        "cost_center" text,
        "latest_version" integer NOT NULL DEFAULT 0,
        "margin_at_risk" boolean NOT NULL DEFAULT false,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_forecast_projects" PRIMARY KEY ("project")
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_forecast_projects_entity"
        ON "forecast_projects" ("legal_entity", "created_at", "project")`);
    await queryRunner.query(`
      CREATE TABLE "forecast_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "project" text NOT NULL,
        "number" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "trigger_kind" text NOT NULL,
        "trigger_type" text,
        "trigger_id" text,
        "changes" jsonb NOT NULL,
        "figures" jsonb NOT NULL,
        CONSTRAINT "pk_forecast_versions" PRIMARY KEY ("id"),
        CONSTRAINT "uq_forecast_versions_number" UNIQUE ("project", "number"),
        CONSTRAINT "fk_forecast_versions_project" FOREIGN KEY ("project")
          REFERENCES "forecast_projects" ("project") ON DELETE CASCADE,
        CONSTRAINT "ck_forecast_versions_trigger"
          CHECK ("trigger_kind" IN ('event', 'schedule', 'request'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "forecast_assignments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "project" text NOT NULL,
        "worker" text,
        "role" text NOT NULL,
        "start_date" date NOT NULL,
        "end_date" date NOT NULL,
        "hours_per_week" numeric(6,2) NOT NULL,
        CONSTRAINT "pk_forecast_assignments" PRIMARY KEY ("id"),
        CONSTRAINT "fk_forecast_assignments_project" FOREIGN KEY ("project")
          REFERENCES "forecast_projects" ("project") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_forecast_assignments_project" ON "forecast_assignments" ("project")`);
    await queryRunner.query(`
      CREATE INDEX "ix_forecast_assignments_worker"
        ON "forecast_assignments" ("worker", "start_date")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "forecast_assignments"`);
    await queryRunner.query(`DROP TABLE "forecast_versions"`);
    await queryRunner.query(`DROP TABLE "forecast_projects"`);
  }
}
