import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSyncLedger1795348800003 implements MigrationInterface {
  name = 'CreateSyncLedger1795348800003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sync_ledger" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "flow" text NOT NULL,
        "source_system" text NOT NULL,
        "source_type" text NOT NULL,
        "source_id" text NOT NULL,
        "source_version" text NOT NULL,
        "target_system" text NOT NULL,
        "target_type" text NOT NULL,
        "target_id" text,
        "status" text NOT NULL DEFAULT 'pending',
        "correlation_id" text,
        "legal_entity" text,
        "accounting_period" text,
        "project_id" text,
        "amount_minor" bigint,
        "currency" character(3),
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "completed_at" timestamptz,
        CONSTRAINT "pk_sync_ledger" PRIMARY KEY ("id"),
        CONSTRAINT "uq_sync_ledger_hop"
          UNIQUE ("source_system", "source_id", "source_version", "target_system", "flow"),
        CONSTRAINT "ck_sync_ledger_status"
          CHECK ("status" IN ('pending', 'succeeded', 'failed', 'reversed')),
        CONSTRAINT "ck_sync_ledger_currency" CHECK ("currency" ~ '^[A-Z]{3}$'),
        CONSTRAINT "ck_sync_ledger_amount_has_currency"
          CHECK (("amount_minor" IS NULL) = ("currency" IS NULL))
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_sync_ledger_source"
        ON "sync_ledger" ("source_system", "source_type", "source_id")`);
    await queryRunner.query(`
      CREATE INDEX "ix_sync_ledger_target"
        ON "sync_ledger" ("target_system", "target_type", "target_id")
        WHERE "target_id" IS NOT NULL`);
    await queryRunner.query(`
      CREATE INDEX "ix_sync_ledger_correlation" ON "sync_ledger" ("correlation_id")`);
    await queryRunner.query(`
      CREATE INDEX "ix_sync_ledger_unfinished" ON "sync_ledger" ("flow", "created_at")
        WHERE "status" IN ('pending', 'failed')`);
    await queryRunner.query(`
      CREATE INDEX "ix_sync_ledger_reconciliation"
        ON "sync_ledger" ("legal_entity", "accounting_period", "project_id", "source_type")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sync_ledger"`);
  }
}
