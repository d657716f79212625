import { Injectable } from '@nestjs/common';
import { TimePostingDto } from '@p2c/canonical';
import { ErpClient } from '../erp/erp-client';
import { factsOfRecord } from './time-bill-facts';
import { TimePostingMapper } from './time-posting.mapper';

/**
 * A posting by its id, read from the ERP (404 NOT_FOUND when the ERP has none): how a retry
 * after a crash finds what was posted instead of posting again.
 */
@Injectable()
export class GetTimePostingUseCase {
  constructor(
    private readonly erp: ErpClient,
    private readonly mapper: TimePostingMapper,
  ) {}

  async execute(id: string): Promise<TimePostingDto> {
    return this.mapper.toPosting(factsOfRecord(await this.erp.get('timeBill', { externalId: id })));
  }
}
