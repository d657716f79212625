import { ApiProperty } from '@nestjs/swagger';

/** How many entries reached the ERP without a person, against those that needed one. */
export class PostingSuccessDto {
  @ApiProperty({ description: 'Entries the ERP is in line with.', example: 940 })
  settled: number;

  @ApiProperty({ description: 'Entries waiting on an exception.', example: 6 })
  blocked: number;

  @ApiProperty({ description: 'settled ÷ (settled + blocked), 4 places.', example: '0.9937' })
  rate: string;
}
