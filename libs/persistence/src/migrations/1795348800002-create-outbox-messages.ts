import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOutboxMessages1795348800002 implements MigrationInterface {
  name = 'CreateOutboxMessages1795348800002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox_messages" (
        "id" uuid NOT NULL,
        "queue" text NOT NULL,
        "job_name" text NOT NULL,
        "payload" jsonb NOT NULL,
        "correlation_id" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "available_at" timestamptz NOT NULL DEFAULT now(),
        "sent_at" timestamptz,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        CONSTRAINT "pk_outbox_messages" PRIMARY KEY ("id")
      )`);
    // The relay's claim reads only unsent rows, in order: the index holds nothing else.
    await queryRunner.query(`
      CREATE INDEX "ix_outbox_messages_unsent" ON "outbox_messages" ("available_at")
        WHERE "sent_at" IS NULL`);
    await queryRunner.query(`
      CREATE INDEX "ix_outbox_messages_sent" ON "outbox_messages" ("sent_at")
        WHERE "sent_at" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
  }
}
