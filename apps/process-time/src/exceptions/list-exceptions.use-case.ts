import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ExceptionCase } from '@p2c/persistence';
import { decodeCursor, encodeCursor } from '../common/keyset-cursor';
import type { ListExceptionsQueryDto } from './dto/list-exceptions.query.dto';
import type { TimeExceptionDto } from './dto/time-exception.dto';
import type { TimeExceptionPageDto } from './dto/time-exception-page.dto';
import { TIME_FLOW } from './time-exceptions';

/** The flow's exceptions, newest first, for the workbench. */
@Injectable()
export class ListExceptionsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListExceptionsQueryDto): Promise<TimeExceptionPageDto> {
    const after = decodeCursor(query.cursor);
    const builder = this.dataSource
      .getRepository(ExceptionCase)
      .createQueryBuilder('e')
      .where('e.flow = :flow', { flow: TIME_FLOW })
      .orderBy('e.createdAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(query.limit + 1);
    if (query.status) builder.andWhere('e.status = :status', { status: query.status });
    if (query.reason) builder.andWhere('e.reasonCode = :reason', { reason: query.reason });
    if (after)
      builder.andWhere('(e.createdAt, e.id) < (:at, :id)', { at: after.key, id: after.id });
    const found = await builder.getMany();
    const items = found.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(exceptionView),
      nextCursor:
        found.length > query.limit && last
          ? encodeCursor({ key: last.createdAt.toISOString(), id: last.id })
          : undefined,
    };
  }
}

export function exceptionView(row: ExceptionCase): TimeExceptionDto {
  const { postingId, replay: _replay, ...facts } = row.context as Record<string, unknown>;
  return {
    id: row.id,
    reasonCode: row.reasonCode,
    message: row.message,
    ownerGroup: row.ownerGroup,
    status: row.status,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    posting: typeof postingId === 'string' ? postingId : undefined,
    attempts: row.attempts,
    slaDueAt: row.slaDueAt.toISOString(),
    correlationId: row.correlationId ?? undefined,
    facts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString(),
    resolution: row.resolution ?? undefined,
  };
}
