import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { BelongsTo } from './belongs-to.decorator';
import { ExceptionCase } from './exception-case.entity';

/** A note a person wrote on an exception case while working it. */
@Entity({ name: 'exception_notes' })
@Index('ix_exception_notes_exception', ['exceptionId', 'createdAt'])
@Check('ck_exception_notes_body', `length("body") BETWEEN 1 AND 4000`)
export class ExceptionNote {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_exception_notes' })
  id: string;

  /** the case it is written on (deleted with it) */
  @Column({ name: 'exception_id', type: 'uuid' })
  exceptionId: string;

  @BelongsTo(() => ExceptionCase, 'exception_id', 'fk_exception_notes_exception')
  exception?: ExceptionCase;

  /** the principal who wrote it */
  @Column({ type: 'text' })
  author: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
