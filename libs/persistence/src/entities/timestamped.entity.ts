import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** The `created_at` and `updated_at` columns a table keeps of each row, set by TypeORM. */
export abstract class TimestampedEntity {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
