import { ApiProperty } from '@nestjs/swagger';
import { UnbilledAmountDto } from './unbilled-amount.dto';

/** The unbilled billable amount as process-billing last read it. */
export class UnbilledDto {
  @ApiProperty({
    description: 'When process-billing read it (it keeps one reading for a while).',
    example: '2026-12-03T09:15:00.000Z',
  })
  asOf: string;

  @ApiProperty({
    description: 'By legal entity, currency and age; only what has something to bill.',
    type: [UnbilledAmountDto],
  })
  amounts: UnbilledAmountDto[];
}
