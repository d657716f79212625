import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When the relay stopped retrying a row it could not enqueue (a dead letter to replay). */
export class AddOutboxGivenUp1796000000100 implements MigrationInterface {
  name = 'AddOutboxGivenUp1796000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD COLUMN "given_up_at" timestamptz`);
    await queryRunner.query(`
      CREATE INDEX "ix_outbox_messages_given_up" ON "outbox_messages" ("given_up_at")
        WHERE "given_up_at" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_outbox_messages_given_up"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "given_up_at"`);
  }
}
