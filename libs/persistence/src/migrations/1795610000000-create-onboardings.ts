import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOnboardings1795610000000 implements MigrationInterface {
  name = 'CreateOnboardings1795610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "onboardings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "opportunity_id" text NOT NULL,
        "opportunity_crm_id" text,
        "opportunity_name" text,
        "customer_id" text,
        "project_id" text NOT NULL,
        "status" text NOT NULL DEFAULT 'pending',
        "trigger" text NOT NULL,
        "requested_by" text,
        "terms" jsonb,
        "erp_customer_id" text,
        "customer_match" text,
        "psa_project_id" text,
        "erp_project_id" text,
        "correlation_id" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "completed_at" timestamptz,
        CONSTRAINT "pk_onboardings" PRIMARY KEY ("id"),
        CONSTRAINT "uq_onboardings_opportunity" UNIQUE ("opportunity_id"),
        CONSTRAINT "uq_onboardings_project" UNIQUE ("project_id"),
        CONSTRAINT "ck_onboardings_status"
          CHECK ("status" IN ('pending', 'running', 'blocked', 'completed')),
        CONSTRAINT "ck_onboardings_trigger" CHECK ("trigger" IN ('detection', 'request'))
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_onboardings_status" ON "onboardings" ("status", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "onboarding_steps" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "onboarding_id" uuid NOT NULL,
        "name" text NOT NULL,
        "subject" text NOT NULL DEFAULT '',
        "subject_version" text,
        "position" integer NOT NULL,
        "status" text NOT NULL DEFAULT 'waiting',
        "attempts" integer NOT NULL DEFAULT 0,
        "failures" integer NOT NULL DEFAULT 0,
        "job_id" uuid,
        "claim_token" uuid,
        "lease_until" timestamptz,
        "next_attempt_at" timestamptz,
        "last_error" text,
        "outcome" text,
        "started_at" timestamptz,
        "finished_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_onboarding_steps" PRIMARY KEY ("id"),
        CONSTRAINT "fk_onboarding_steps_onboarding" FOREIGN KEY ("onboarding_id")
          REFERENCES "onboardings" ("id") ON DELETE CASCADE,
        CONSTRAINT "uq_onboarding_steps_subject" UNIQUE ("onboarding_id", "name", "subject"),
        CONSTRAINT "ck_onboarding_steps_status"
          CHECK ("status" IN ('waiting', 'queued', 'running', 'retrying', 'succeeded', 'failed'))
      )`);
    // The recovery sweep reads only steps in flight, by when their lease runs out.
    await queryRunner.query(`
      CREATE INDEX "ix_onboarding_steps_lease" ON "onboarding_steps" ("lease_until")
        WHERE "status" IN ('queued', 'running', 'retrying')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "onboarding_steps"`);
    await queryRunner.query(`DROP TABLE "onboardings"`);
  }
}
