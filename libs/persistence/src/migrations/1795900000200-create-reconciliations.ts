import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReconciliations1795900000200 implements MigrationInterface {
  name = 'CreateReconciliations1795900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "reconciliations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "legal_entity" text NOT NULL,
        "period" text NOT NULL,
        "status" text NOT NULL DEFAULT 'running',
        "trigger" text NOT NULL,
        "requested_by" text NOT NULL,
        "scheduled_for" timestamptz,
        "correlation_id" text,
        "differences" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "completed_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_reconciliations" PRIMARY KEY ("id"),
        CONSTRAINT "uq_reconciliations_schedule" UNIQUE ("legal_entity", "period", "scheduled_for"),
        CONSTRAINT "ck_reconciliations_status" CHECK ("status" IN ('running', 'completed', 'failed')),
        CONSTRAINT "ck_reconciliations_trigger" CHECK ("trigger" IN ('request', 'schedule')),
        CONSTRAINT "ck_reconciliations_period" CHECK ("period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_reconciliations_entity"
        ON "reconciliations" ("legal_entity", "period", "created_at")`);
    await queryRunner.query(`
      CREATE INDEX "ix_reconciliations_created" ON "reconciliations" ("created_at", "id")`);
    await queryRunner.query(`
      CREATE TABLE "reconciliation_figures" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "reconciliation_id" uuid NOT NULL,
        "project" text NOT NULL,
        "type" text NOT NULL,
        "side" text NOT NULL,
        "count" integer NOT NULL,
        "minutes" integer,
        "amount_minor" bigint,
        "currency" char(3) NOT NULL,
        CONSTRAINT "pk_reconciliation_figures" PRIMARY KEY ("id"),
        CONSTRAINT "fk_reconciliation_figures_reconciliation" FOREIGN KEY ("reconciliation_id")
          REFERENCES "reconciliations" ("id") ON DELETE CASCADE,
        CONSTRAINT "uq_reconciliation_figures_side"
          UNIQUE ("reconciliation_id", "project", "type", "side"),
        CONSTRAINT "ck_reconciliation_figures_type"
          CHECK ("type" IN ('time', 'expense', 'milestone', 'fee')),
        CONSTRAINT "ck_reconciliation_figures_side"
          CHECK ("side" IN ('psa', 'ledger', 'unposted', 'erp', 'billed', 'invoiced', 'paid'))
      )`);
    await queryRunner.query(`
      CREATE TABLE "reconciliation_differences" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "reconciliation_id" uuid NOT NULL,
        "project" text NOT NULL,
        "type" text NOT NULL,
        "comparison" text NOT NULL,
        "issue" text NOT NULL,
        "entry" text NOT NULL,
        "source" text,
        "minutes" integer,
        "amount_minor" bigint,
        "currency" char(3),
        "detail" text NOT NULL,
        "exception_id" uuid,
        CONSTRAINT "pk_reconciliation_differences" PRIMARY KEY ("id"),
        CONSTRAINT "fk_reconciliation_differences_reconciliation" FOREIGN KEY ("reconciliation_id")
          REFERENCES "reconciliations" ("id") ON DELETE CASCADE,
        CONSTRAINT "ck_reconciliation_differences_type"
          CHECK ("type" IN ('time', 'expense', 'milestone', 'fee')),
        CONSTRAINT "ck_reconciliation_differences_comparison"
          CHECK ("comparison" IN ('psa-ledger', 'ledger-erp', 'ledger-billed', 'billed-invoiced')),
        CONSTRAINT "ck_reconciliation_differences_issue"
          CHECK ("issue" IN ('missing', 'extra', 'different'))
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_reconciliation_differences_reconciliation"
        ON "reconciliation_differences" ("reconciliation_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reconciliation_differences"`);
    await queryRunner.query(`DROP TABLE "reconciliation_figures"`);
    await queryRunner.query(`DROP TABLE "reconciliations"`);
  }
}
