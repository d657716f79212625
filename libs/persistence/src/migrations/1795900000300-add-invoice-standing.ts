import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each invoice stands after it is raised: its due date and payments as the ERP holds them,
 * how far the PSA's copy has caught up, and the PSA ids of the work each item bills (so the PSA
 * invoice can name its time entries and expenses).
 */
export class AddInvoiceStanding1795900000300 implements MigrationInterface {
  name = 'AddInvoiceStanding1795900000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "billing_event_items"
        ADD COLUMN "source_system" text,
        ADD COLUMN "source_id" text`);
    await queryRunner.query(`
      ALTER TABLE "billing_events"
        ADD COLUMN "due_date" date,
        ADD COLUMN "payment_status" text NOT NULL DEFAULT 'OPEN',
        ADD COLUMN "amount_paid_minor" bigint NOT NULL DEFAULT 0,
        ADD COLUMN "amount_due_minor" bigint,
        ADD COLUMN "paid_on" date,
        ADD COLUMN "standing_version" integer NOT NULL DEFAULT 1,
        ADD COLUMN "psa_version" integer NOT NULL DEFAULT 0,
        ADD COLUMN "psa_attempted_at" timestamptz,
        ADD COLUMN "issue_announced_at" timestamptz,
        ADD CONSTRAINT "ck_billing_events_payment_status"
          CHECK ("payment_status" IN ('OPEN', 'PARTIALLY_PAID', 'PAID', 'VOIDED'))`);
    // the payment sync's work list: invoiced events whose invoice is still open
    await queryRunner.query(`
      CREATE INDEX "ix_billing_events_receivable" ON "billing_events" ("legal_entity", "id")
        WHERE "status" = 'invoiced' AND "payment_status" IN ('OPEN', 'PARTIALLY_PAID')`);
    // One row per ERP payment applied to an invoice: the unique constraint publishes it once.
    await queryRunner.query(`
      CREATE TABLE "billing_payments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "billing_event_id" uuid NOT NULL,
        "erp_payment_id" text NOT NULL,
        "number" text NOT NULL,
        "received_on" date NOT NULL,
        "amount_minor" bigint NOT NULL,
        "currency" char(3) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_billing_payments" PRIMARY KEY ("id"),
        CONSTRAINT "fk_billing_payments_event" FOREIGN KEY ("billing_event_id")
          REFERENCES "billing_events" ("id") ON DELETE CASCADE,
        CONSTRAINT "uq_billing_payments_erp" UNIQUE ("billing_event_id", "erp_payment_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "billing_payments"`);
    await queryRunner.query(`DROP INDEX "ix_billing_events_receivable"`);
    await queryRunner.query(`
      ALTER TABLE "billing_events"
        DROP CONSTRAINT "ck_billing_events_payment_status",
        DROP COLUMN "due_date",
        DROP COLUMN "payment_status",
        DROP COLUMN "amount_paid_minor",
        DROP COLUMN "amount_due_minor",
        DROP COLUMN "paid_on",
        DROP COLUMN "standing_version",
        DROP COLUMN "psa_version",
        DROP COLUMN "psa_attempted_at",
        DROP COLUMN "issue_announced_at"`);
    await queryRunner.query(`
      ALTER TABLE "billing_event_items" DROP COLUMN "source_system", DROP COLUMN "source_id"`);
  }
}
