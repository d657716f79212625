import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseSubject, ExceptionCases } from '@p2c/flow';
import { QueueName } from '@p2c/messaging';
import type { TimePostingKind } from '@p2c/persistence';
import type { TimeReasonCode } from './reason-codes';

export const TIME_FLOW = 'time-posting';
/** One step for the whole posting of an entry: at most one open exception per entry. */
export const POSTING_STEP = 'post';
export const POST_ENTRY_JOB = 'post-entry';

export interface PostingSubject {
  postingId: string;
  kind: TimePostingKind;
  sourceSystem: string;
  sourceId: string;
}

export function subjectTypeOf(subject: Pick<PostingSubject, 'kind' | 'sourceSystem'>): string {
  return `${subject.sourceSystem}.${subject.kind === 'TIME' ? 'time_entry' : 'expense'}`;
}

/** The time-posting flow's exception cases (ExceptionCases): one per entry, with its replay. */
@Injectable()
export class TimeExceptions {
  constructor(private readonly cases: ExceptionCases) {}

  raise(
    manager: EntityManager,
    subject: PostingSubject,
    reason: TimeReasonCode,
    message: string,
    facts: Record<string, unknown> = {},
  ): Promise<string> {
    return this.cases.raise(manager, caseOf(subject), {
      reason,
      message,
      context: {
        ...facts,
        postingId: subject.postingId,
        replay: {
          queue: QueueName.TimePosting,
          name: POST_ENTRY_JOB,
          payload: { postingId: subject.postingId },
        },
      },
    });
  }

  /** Resolves whatever is open for the entries, each with its resolution; returns how many were. */
  resolve(
    manager: EntityManager,
    resolved: readonly { subject: PostingSubject; resolution: string }[],
  ): Promise<number> {
    return this.cases.resolveAll(
      manager,
      resolved.map(({ subject, resolution }) => ({ subject: caseOf(subject), resolution })),
    );
  }
}

function caseOf(subject: PostingSubject): CaseSubject {
  return {
    flow: TIME_FLOW,
    step: POSTING_STEP,
    subjectType: subjectTypeOf(subject),
    subjectId: subject.sourceId,
  };
}
