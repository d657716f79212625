import { Injectable } from '@nestjs/common';
import { TimePostingDto } from '@p2c/canonical';
import { PostingReversal } from './posting-reversal';
import { factsOfRecord } from './time-bill-facts';
import { TimePostingMapper } from './time-posting.mapper';

/**
 * Takes a time posting out of project accounting: its timeBill is set to Rejected, which the ERP
 * leaves out of project accounting (and the summaries here leave out of the sums). Reversing
 * again changes nothing. Putting the posting again (PUT) brings it back, approved.
 */
@Injectable()
export class ReverseTimePostingUseCase {
  constructor(
    private readonly reversal: PostingReversal,
    private readonly mapper: TimePostingMapper,
  ) {}

  async execute(id: string): Promise<TimePostingDto> {
    return this.mapper.toPosting(factsOfRecord(await this.reversal.reverse('timeBill', id)));
  }
}
