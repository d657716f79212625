import type { ExceptionCaseDto } from '@p2c/flow';
import type { TimeExceptionDto } from './dto/time-exception.dto';

/** A time-posting case names the posting it stopped (kept in its context as `postingId`). */
export function timeExceptionView(generic: ExceptionCaseDto): TimeExceptionDto {
  const { postingId, ...facts } = generic.facts;
  return { ...generic, facts, posting: typeof postingId === 'string' ? postingId : undefined };
}
