import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTimePostings1795620000000 implements MigrationInterface {
  name = 'CreateTimePostings1795620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "time_postings" (
        "id" text NOT NULL,
        "kind" text NOT NULL,
        "source_system" text NOT NULL,
        "source_id" text NOT NULL,
        "latest_version" integer NOT NULL,
        "latest" jsonb NOT NULL,
        "deleted" boolean NOT NULL DEFAULT false,
        "status" text NOT NULL DEFAULT 'pending',
        "posted_version" integer,
        "project" text,
        "legal_entity" text,
        "accounting_period" text,
        "worker" text,
        "role" text,
        "work_date" date,
        "minutes" integer,
        "billable" boolean,
        "currency" character(3),
        "cost_rate_minor" bigint,
        "cost_minor" bigint,
        "bill_rate_minor" bigint,
        "billable_minor" bigint,
        "erp_id" text,
        "approved_at" timestamptz,
        "seen_at" timestamptz,
        "posted_at" timestamptz,
        "lease_token" text,
        "lease_until" timestamptz,
        "last_error" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_time_postings" PRIMARY KEY ("id"),
        CONSTRAINT "uq_time_postings_source" UNIQUE ("source_system", "kind", "source_id"),
        CONSTRAINT "ck_time_postings_kind" CHECK ("kind" IN ('TIME', 'EXPENSE')),
        CONSTRAINT "ck_time_postings_status"
          CHECK ("status" IN ('pending', 'posted', 'reversed', 'withdrawn', 'blocked'))
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_time_postings_status" ON "time_postings" ("status", "seen_at")`);
    await queryRunner.query(`
      CREATE INDEX "ix_time_postings_project" ON "time_postings" ("project", "work_date")`);
    await queryRunner.query(`
      CREATE INDEX "ix_time_postings_updated" ON "time_postings" ("updated_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "time_postings"`);
  }
}
