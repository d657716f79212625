import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBilling1795800000000 implements MigrationInterface {
  name = 'CreateBilling1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "billing_runs" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "legal_entity" text NOT NULL,
        "period" text NOT NULL,
        "status" text NOT NULL DEFAULT 'planning',
        "tax_rate" text NOT NULL,
        "requested_by" text NOT NULL,
        "correlation_id" text,
        "planned_at" timestamptz,
        "completed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_billing_runs" PRIMARY KEY ("id"),
        CONSTRAINT "ck_billing_runs_status"
          CHECK ("status" IN ('planning', 'invoicing', 'completed', 'completed_with_exceptions')),
        CONSTRAINT "ck_billing_runs_period" CHECK ("period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_billing_runs_entity" ON "billing_runs" ("legal_entity", "period", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "billing_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "run_id" uuid NOT NULL,
        "project" text NOT NULL,
        "legal_entity" text NOT NULL,
        "period" text NOT NULL,
        "billing_model" text NOT NULL DEFAULT 'TIME_AND_MATERIALS',
        "currency" char(3) NOT NULL,
        "net_minor" bigint NOT NULL,
        "tax_minor" bigint NOT NULL,
        "status" text NOT NULL DEFAULT 'pending',
        "issue_date" date NOT NULL,
        "invoice_erp_id" text,
        "invoice_number" text,
        "invoice_net_minor" bigint,
        "invoice_tax_minor" bigint,
        "invoice_total_minor" bigint,
        "exception_id" uuid,
        "last_error" text,
        "invoiced_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_billing_events" PRIMARY KEY ("id"),
        CONSTRAINT "fk_billing_events_run" FOREIGN KEY ("run_id")
          REFERENCES "billing_runs" ("id") ON DELETE CASCADE,
        CONSTRAINT "uq_billing_events_run_project" UNIQUE ("run_id", "project"),
        CONSTRAINT "ck_billing_events_status" CHECK ("status" IN ('pending', 'invoiced', 'failed')),
        CONSTRAINT "ck_billing_events_model" CHECK ("billing_model" IN ('TIME_AND_MATERIALS'))
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_billing_events_project" ON "billing_events" ("project", "created_at")`);
    // One row per source posting version billed: the unique constraint is what bills it once.
    await queryRunner.query(`
      CREATE TABLE "billing_event_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "billing_event_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "posting_id" text NOT NULL,
        "posted_version" integer NOT NULL,
        "role" text,
        "work_date" date,
        "accounting_period" text NOT NULL,
        "minutes" integer,
        "rate_minor" bigint,
        "amount_minor" bigint NOT NULL,
        "currency" char(3) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_billing_event_items" PRIMARY KEY ("id"),
        CONSTRAINT "fk_billing_event_items_event" FOREIGN KEY ("billing_event_id")
          REFERENCES "billing_events" ("id") ON DELETE CASCADE,
        CONSTRAINT "uq_billing_event_items_source" UNIQUE ("posting_id", "posted_version"),
        CONSTRAINT "ck_billing_event_items_kind" CHECK ("kind" IN ('TIME', 'EXPENSE'))
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_billing_event_items_event" ON "billing_event_items" ("billing_event_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing_event_items"`);
    await queryRunner.query(`DROP TABLE "billing_events"`);
    await queryRunner.query(`DROP TABLE "billing_runs"`);
  }
}
