import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditLog1795348800005 implements MigrationInterface {
  name = 'CreateAuditLog1795348800005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "actor" text NOT NULL,
        "action" text NOT NULL,
        "subject_type" text NOT NULL,
        "subject_id" text,
        "correlation_id" text,
        "before" jsonb,
        "after" jsonb,
        "occurred_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_audit_log" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_audit_log_subject"
        ON "audit_log" ("subject_type", "subject_id", "occurred_at")`);
    await queryRunner.query(`
      CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor", "occurred_at")`);
    await queryRunner.query(`
      CREATE INDEX "ix_audit_log_occurred_at" ON "audit_log" ("occurred_at")`);
    await queryRunner.query(`
      CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "tr_audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
        FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"()`);
    await queryRunner.query(`
      CREATE TRIGGER "tr_audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
        FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_refuse_change"()`);
  }
}
