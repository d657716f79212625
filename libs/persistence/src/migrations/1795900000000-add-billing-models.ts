import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Billing beyond time and materials: the activated projects' deals (whose contracts cap them),
 * fee, retainer and milestone schedule lines (from the PSA),
 * items that bill a schedule line instead of a posting, corrections billed as credit memos, the
 * approval gate, and scheduled runs (one per legal entity and period).
 */
export class AddBillingModels1795900000000 implements MigrationInterface {
  name = 'AddBillingModels1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "billing_projects" (
        "project" text NOT NULL,
        "opportunity" text NOT NULL,
        "activated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_billing_projects" PRIMARY KEY ("project")
      )`);
    await queryRunner.query(`
      CREATE TABLE "billing_schedule_lines" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "project" text NOT NULL,
        "legal_entity" text NOT NULL,
        "billing_model" text NOT NULL,
        "milestone" text NOT NULL,
        "name" text NOT NULL,
        "amount_minor" bigint NOT NULL,
        "currency" char(3) NOT NULL,
        "due_date" date NOT NULL,
        "completed_on" date,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_billing_schedule_lines" PRIMARY KEY ("id"),
        CONSTRAINT "uq_billing_schedule_lines_milestone" UNIQUE ("project", "milestone"),
        CONSTRAINT "ck_billing_schedule_lines_model"
          CHECK ("billing_model" IN ('FIXED_FEE', 'MILESTONE', 'RETAINER'))
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_billing_schedule_lines_entity"
        ON "billing_schedule_lines" ("legal_entity", "due_date")`);

    await queryRunner.query(`
      ALTER TABLE "billing_event_items"
        ALTER COLUMN "posting_id" DROP NOT NULL,
        ALTER COLUMN "posted_version" DROP NOT NULL,
        ADD COLUMN "schedule_line_id" uuid,
        ADD COLUMN "description" text,
        ADD COLUMN "posted_at" timestamptz,
        ADD CONSTRAINT "fk_billing_event_items_schedule_line" FOREIGN KEY ("schedule_line_id")
          REFERENCES "billing_schedule_lines" ("id"),
        ADD CONSTRAINT "uq_billing_event_items_schedule_line" UNIQUE ("schedule_line_id"),
        ADD CONSTRAINT "ck_billing_event_items_one_source" CHECK (
          ("posting_id" IS NOT NULL AND "posted_version" IS NOT NULL) <> ("schedule_line_id" IS NOT NULL))`);
    await queryRunner.query(`
      ALTER TABLE "billing_event_items" DROP CONSTRAINT "ck_billing_event_items_kind",
        ADD CONSTRAINT "ck_billing_event_items_kind"
          CHECK ("kind" IN ('TIME', 'EXPENSE', 'FEE', 'RETAINER', 'MILESTONE'))`);

    await queryRunner.query(`
      ALTER TABLE "billing_events"
        DROP CONSTRAINT "ck_billing_events_status",
        DROP CONSTRAINT "ck_billing_events_model",
        ADD COLUMN "document" text NOT NULL DEFAULT 'invoice',
        ADD COLUMN "credited_event_id" uuid,
        ADD COLUMN "decided_by" text,
        ADD COLUMN "decided_at" timestamptz,
        ADD COLUMN "rejection_reason" text,
        ADD CONSTRAINT "ck_billing_events_status" CHECK ("status" IN
          ('pending_approval', 'pending', 'invoiced', 'failed', 'rejected')),
        ADD CONSTRAINT "ck_billing_events_model" CHECK ("billing_model" IN
          ('TIME_AND_MATERIALS', 'FIXED_FEE', 'MILESTONE', 'RETAINER')),
        ADD CONSTRAINT "ck_billing_events_document" CHECK ("document" IN ('invoice', 'credit_memo'))`);
    await queryRunner.query(`
      CREATE INDEX "ix_billing_events_status" ON "billing_events" ("status", "legal_entity")`);

    await queryRunner.query(`
      ALTER TABLE "billing_runs"
        DROP CONSTRAINT "ck_billing_runs_status",
        ADD COLUMN "trigger" text NOT NULL DEFAULT 'request',
        ADD CONSTRAINT "ck_billing_runs_status" CHECK ("status" IN
          ('planning', 'invoicing', 'awaiting_approval', 'completed', 'completed_with_exceptions')),
        ADD CONSTRAINT "ck_billing_runs_trigger" CHECK ("trigger" IN ('request', 'schedule'))`);
    // a schedule fires on every instance: one scheduled run per entity and period
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_billing_runs_scheduled" ON "billing_runs" ("legal_entity", "period")
        WHERE "trigger" = 'schedule'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_billing_runs_scheduled"`);
    await queryRunner.query(`
      ALTER TABLE "billing_runs" DROP CONSTRAINT "ck_billing_runs_trigger",
        DROP CONSTRAINT "ck_billing_runs_status", DROP COLUMN "trigger",
        ADD CONSTRAINT "ck_billing_runs_status"
          CHECK ("status" IN ('planning', 'invoicing', 'completed', 'completed_with_exceptions'))`);
    await queryRunner.query(`DROP INDEX "ix_billing_events_status"`);
    await queryRunner.query(`
      ALTER TABLE "billing_events" DROP CONSTRAINT "ck_billing_events_document",
        DROP CONSTRAINT "ck_billing_events_model", DROP CONSTRAINT "ck_billing_events_status",
        DROP COLUMN "rejection_reason", DROP COLUMN "decided_at", DROP COLUMN "decided_by",
        DROP COLUMN "credited_event_id", DROP COLUMN "document",
        ADD CONSTRAINT "ck_billing_events_status" CHECK ("status" IN ('pending', 'invoiced', 'failed')),
        ADD CONSTRAINT "ck_billing_events_model" CHECK ("billing_model" IN ('TIME_AND_MATERIALS'))`);
    await queryRunner.query(
      `DELETE FROM "billing_event_items" WHERE "schedule_line_id" IS NOT NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE "billing_event_items" DROP CONSTRAINT "ck_billing_event_items_kind",
        DROP CONSTRAINT "ck_billing_event_items_one_source",
        DROP CONSTRAINT "uq_billing_event_items_schedule_line",
        DROP CONSTRAINT "fk_billing_event_items_schedule_line",
        DROP COLUMN "posted_at", DROP COLUMN "description", DROP COLUMN "schedule_line_id",
        ALTER COLUMN "posted_version" SET NOT NULL, ALTER COLUMN "posting_id" SET NOT NULL,
        ADD CONSTRAINT "ck_billing_event_items_kind" CHECK ("kind" IN ('TIME', 'EXPENSE'))`);
    await queryRunner.query(`DROP TABLE "billing_schedule_lines"`);
    await queryRunner.query(`DROP TABLE "billing_projects"`);
  }
}
