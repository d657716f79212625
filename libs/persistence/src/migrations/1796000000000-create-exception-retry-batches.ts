import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bulk retries of exception cases with each case's outcome, and the dead letters replayed. */
export class CreateExceptionRetryBatches1796000000000 implements MigrationInterface {
  name = 'CreateExceptionRetryBatches1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "exception_retry_batches" (
        "id" uuid NOT NULL,
        "actor" text NOT NULL,
        "actor_roles" text[] NOT NULL,
        "requested" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_exception_retry_batches" PRIMARY KEY ("id"),
        CONSTRAINT "ck_exception_retry_batches_requested" CHECK ("requested" BETWEEN 1 AND 1000)
      )`);
    await queryRunner.query(`
      CREATE TABLE "exception_retry_items" (
        "batch_id" uuid NOT NULL,
        "exception_id" uuid NOT NULL,
        "status" text NOT NULL DEFAULT 'pending',
        "code" text,
        "detail" text,
        "finished_at" timestamptz,
        CONSTRAINT "pk_exception_retry_items" PRIMARY KEY ("batch_id", "exception_id"),
        CONSTRAINT "fk_exception_retry_items_batch" FOREIGN KEY ("batch_id")
          REFERENCES "exception_retry_batches" ("id") ON DELETE CASCADE,
        CONSTRAINT "ck_exception_retry_items_status"
          CHECK ("status" IN ('pending', 'retried', 'refused', 'not_found', 'failed'))
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_exception_retry_items_status"
        ON "exception_retry_items" ("batch_id", "status")`);
    await queryRunner.query(`
      CREATE TABLE "dead_letter_replays" (
        "id" text NOT NULL,
        "kind" text NOT NULL,
        "queue" text NOT NULL,
        "job_id" text NOT NULL,
        "actor" text NOT NULL,
        "replayed_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_dead_letter_replays" PRIMARY KEY ("id"),
        CONSTRAINT "ck_dead_letter_replays_kind" CHECK ("kind" IN ('job', 'outbox'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "dead_letter_replays"`);
    await queryRunner.query(`DROP TABLE "exception_retry_items"`);
    await queryRunner.query(`DROP TABLE "exception_retry_batches"`);
  }
}
