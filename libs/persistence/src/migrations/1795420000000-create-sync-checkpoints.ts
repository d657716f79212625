import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSyncCheckpoints1795420000000 implements MigrationInterface {
  name = 'CreateSyncCheckpoints1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sync_checkpoints" (
        "feed" text NOT NULL,
        "consumer" text NOT NULL,
        "position_at" timestamptz(3) NOT NULL,
        "position_id" text COLLATE "C" NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_sync_checkpoints" PRIMARY KEY ("feed", "consumer")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sync_checkpoints"`);
  }
}
