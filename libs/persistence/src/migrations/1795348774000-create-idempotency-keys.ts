import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdempotencyKeys1795348774000 implements MigrationInterface {
  name = 'CreateIdempotencyKeys1795348774000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "idempotency_keys" (
        "scope" text NOT NULL,
        "key" varchar(255) NOT NULL,
        "fingerprint" char(64) NOT NULL,
        "claim_token" uuid NOT NULL,
        "response_status" smallint,
        "response_body" jsonb,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "completed_at" timestamptz,
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "pk_idempotency_keys" PRIMARY KEY ("scope", "key"),
        CONSTRAINT "ck_idempotency_keys_completed_has_status"
          CHECK (("completed_at" IS NULL) = ("response_status" IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_idempotency_keys_expires_at" ON "idempotency_keys" ("expires_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
