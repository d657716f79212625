import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCrossReferences1795348800000 implements MigrationInterface {
  name = 'CreateCrossReferences1795348800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "cross_references" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "entity_type" text NOT NULL,
        "canonical_id" text NOT NULL,
        "system" text NOT NULL,
        "external_id" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "pk_cross_references" PRIMARY KEY ("id"),
        CONSTRAINT "uq_cross_references_canonical" UNIQUE ("entity_type", "canonical_id", "system"),
        CONSTRAINT "uq_cross_references_external" UNIQUE ("system", "entity_type", "external_id"),
        CONSTRAINT "ck_cross_references_system" CHECK ("system" IN ('crm', 'psa', 'erp', 'hcm'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "cross_references"`);
  }
}
