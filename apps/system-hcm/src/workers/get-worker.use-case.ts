import { Injectable } from '@nestjs/common';
import { WorkerDto } from '@p2c/canonical';
import { WorkerDirectory } from './worker-directory.service';
import { SystemHcmErrorCode, SystemHcmException } from '../hcm/system-hcm.exception';

/** One worker by HCM employee id; 404 NOT_FOUND when the HCM has no such worker. */
@Injectable()
export class GetWorkerUseCase {
  constructor(private readonly directory: WorkerDirectory) {}

  async execute(id: string, fresh: boolean): Promise<WorkerDto> {
    const worker = (await this.directory.snapshot(fresh)).worker(id);
    if (!worker)
      throw new SystemHcmException(
        SystemHcmErrorCode.NOT_FOUND,
        `The HCM has no worker with employee id ${id}.`,
        {
          worker: id,
        },
      );
    return worker;
  }
}
