import { JoinColumn, ManyToOne, ObjectType } from 'typeorm';

/**
 * The row belongs to a parent row and goes when it goes: its `column` references the parent
 * under the foreign key `constraint` (as the migration names it), ON DELETE CASCADE.
 */
export function BelongsTo<T>(
  parent: () => ObjectType<T>,
  column: string,
  constraint: string,
): PropertyDecorator {
  const join = JoinColumn({ name: column, foreignKeyConstraintName: constraint });
  const relation = ManyToOne(parent, { onDelete: 'CASCADE' });
  return (target, property) => {
    join(target, property);
    relation(target, property);
  };
}
