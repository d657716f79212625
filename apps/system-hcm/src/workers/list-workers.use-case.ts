import { Injectable } from '@nestjs/common';
import { WorkerPageDto } from '@p2c/canonical';
import { decodeWorkerCursor, encodeWorkerCursor } from './worker-cursor';
import { WorkerDirectory } from './worker-directory.service';

export interface ListWorkersCommand {
  limit: number;
  cursor?: string;
  fresh: boolean;
}

/** One page of workers, ordered by id. */
@Injectable()
export class ListWorkersUseCase {
  constructor(private readonly directory: WorkerDirectory) {}

  async execute(command: ListWorkersCommand): Promise<WorkerPageDto> {
    const after = command.cursor === undefined ? undefined : decodeWorkerCursor(command.cursor);
    const snapshot = await this.directory.snapshot(command.fresh);
    const { items, more } = snapshot.pageAfter(after, command.limit);
    const last = items.at(-1);
    return more && last ? { items, nextCursor: encodeWorkerCursor(last.id) } : { items };
  }
}
