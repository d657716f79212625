import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A job's own tries and backoff, for jobs whose flow sets them (else the queue's defaults). */
export class AddOutboxJobRetries1795900000700 implements MigrationInterface {
  name = 'AddOutboxJobRetries1795900000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "outbox_messages"
        ADD COLUMN "job_attempts" integer,
        ADD COLUMN "job_backoff_ms" integer,
        ADD CONSTRAINT "ck_outbox_messages_job_retries" CHECK (
          ("job_attempts" IS NULL) = ("job_backoff_ms" IS NULL)
          AND ("job_attempts" IS NULL OR ("job_attempts" >= 1 AND "job_backoff_ms" >= 1)))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "outbox_messages" DROP CONSTRAINT "ck_outbox_messages_job_retries",
        DROP COLUMN "job_backoff_ms", DROP COLUMN "job_attempts"`);
  }
}
