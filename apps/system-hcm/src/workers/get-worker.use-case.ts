import { Injectable } from '@nestjs/common';
import { WorkerDto } from '@p2c/canonical';
import { ProblemException } from '@p2c/platform';
import { WorkerDirectory } from './worker-directory.service';

/** One worker by HCM employee id; 404 NOT_FOUND when the HCM has no such worker. */
@Injectable()
export class GetWorkerUseCase {
  constructor(private readonly directory: WorkerDirectory) {}

  async execute(id: string, fresh: boolean): Promise<WorkerDto> {
    const worker = (await this.directory.snapshot(fresh)).worker(id);
    if (!worker)
      throw new ProblemException(
        404,
        'NOT_FOUND',
        `The HCM has no worker with employee id ${id}.`,
        {
          worker: id,
        },
      );
    return worker;
  }
}
