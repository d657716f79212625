import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The headers replayed with a stored response (Location, Content-Type, ETag…). */
export class AddIdempotencyResponseHeaders1796200000600 implements MigrationInterface {
  name = 'AddIdempotencyResponseHeaders1796200000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD COLUMN "response_headers" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "response_headers"`);
  }
}
