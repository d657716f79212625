import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What people wrote on an exception case while working it, oldest first. */
export class CreateExceptionNotes1795700000001 implements MigrationInterface {
  name = 'CreateExceptionNotes1795700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "exception_notes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "exception_id" uuid NOT NULL,
        "author" text NOT NULL,
        "body" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_exception_notes" PRIMARY KEY ("id"),
        CONSTRAINT "fk_exception_notes_exception" FOREIGN KEY ("exception_id")
          REFERENCES "exceptions" ("id") ON DELETE CASCADE,
        CONSTRAINT "ck_exception_notes_body" CHECK (length("body") BETWEEN 1 AND 4000)
      )`);
    await queryRunner.query(`
      CREATE INDEX "ix_exception_notes_exception" ON "exception_notes" ("exception_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "exception_notes"`);
  }
}
