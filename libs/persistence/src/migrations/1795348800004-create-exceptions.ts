import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateExceptions1795348800004 implements MigrationInterface {
  name = 'CreateExceptions1795348800004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "exceptions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "flow" text NOT NULL,
        "step" text NOT NULL,
        "reason_code" text NOT NULL,
        "message" text NOT NULL,
        "owner_group" text NOT NULL,
        "status" text NOT NULL DEFAULT 'open',
        "assignee" text,
        "subject_type" text NOT NULL,
        "subject_id" text NOT NULL,
        "correlation_id" text,
        "sla_due_at" timestamptz NOT NULL,
        "attempts" integer NOT NULL DEFAULT 1,
        "context" jsonb NOT NULL DEFAULT '{}',
        "resolution" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "resolved_at" timestamptz,
        CONSTRAINT "pk_exceptions" PRIMARY KEY ("id"),
        CONSTRAINT "ck_exceptions_owner_group"
          CHECK ("owner_group" IN ('finance-ops', 'integration-support', 'platform')),
        CONSTRAINT "ck_exceptions_status"
          CHECK ("status" IN ('open', 'assigned', 'retrying', 'resolved', 'dismissed')),
        CONSTRAINT "ck_exceptions_resolved_at"
          CHECK (("status" IN ('resolved', 'dismissed')) = ("resolved_at" IS NOT NULL))
      )`);
    // One unresolved exception per step and subject: raising it again updates that row.
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_exceptions_unresolved_subject"
        ON "exceptions" ("flow", "step", "subject_type", "subject_id")
        WHERE "status" NOT IN ('resolved', 'dismissed')`);
    await queryRunner.query(`
      CREATE INDEX "ix_exceptions_workbench" ON "exceptions" ("owner_group", "status", "sla_due_at")
        WHERE "status" NOT IN ('resolved', 'dismissed')`);
    await queryRunner.query(`
      CREATE INDEX "ix_exceptions_reason" ON "exceptions" ("reason_code", "created_at")`);
    await queryRunner.query(`
      CREATE INDEX "ix_exceptions_correlation" ON "exceptions" ("correlation_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "exceptions"`);
  }
}
