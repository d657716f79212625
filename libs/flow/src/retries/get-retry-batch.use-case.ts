import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RetryBatchDto } from './dto/retry-batch.dto';
import { RetryBatches } from './retry-batches';

/** `GET /exceptions/retries/{batchId}`: how far a bulk retry has got, with each case's outcome. */
@Injectable()
export class GetRetryBatchUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly batches: RetryBatches,
  ) {}

  execute(id: string): Promise<RetryBatchDto> {
    return this.batches.view(this.dataSource.manager, id, true);
  }
}
