import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInboxMessages1795348800001 implements MigrationInterface {
  name = 'CreateInboxMessages1795348800001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "inbox_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "source_system" text NOT NULL,
        "event_id" text NOT NULL,
        "event_type" text NOT NULL,
        "payload" jsonb NOT NULL,
        "correlation_id" text,
        "status" text NOT NULL DEFAULT 'received',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "received_at" timestamptz NOT NULL DEFAULT now(),
        "processed_at" timestamptz,
        CONSTRAINT "pk_inbox_messages" PRIMARY KEY ("id"),
        CONSTRAINT "uq_inbox_messages_source_event" UNIQUE ("source_system", "event_id"),
        CONSTRAINT "ck_inbox_messages_source_system"
          CHECK ("source_system" IN ('crm', 'psa', 'erp', 'hcm')),
        CONSTRAINT "ck_inbox_messages_status"
          CHECK ("status" IN ('received', 'processed', 'failed', 'ignored'))
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_inbox_messages_pending" ON "inbox_messages" ("received_at")
        WHERE "status" = 'received'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inbox_messages"`);
  }
}
