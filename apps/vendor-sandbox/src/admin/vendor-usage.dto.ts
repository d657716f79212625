import { ApiProperty } from '@nestjs/swagger';
import { VENDORS, Vendor } from '../scenario/scenario.types';

export class RefusedRequestsDto {
  @ApiProperty({ description: '429s answered for the requests-per-second limit', example: 0 })
  rate: number;

  @ApiProperty({ description: '429s answered for the concurrency limit', example: 0 })
  concurrency: number;
}

/** What one vendor was asked to carry since the sandbox started or its usage was cleared. */
export class VendorUsageDto {
  @ApiProperty({ description: 'the vendor', enum: VENDORS, example: 'erp' })
  system: Vendor;

  @ApiProperty({ description: 'requests the vendor is serving now', example: 0 })
  inFlight: number;

  @ApiProperty({
    description:
      'the most requests the vendor was asked to serve at once: those in flight and the one arriving, refused or not',
    example: 5,
  })
  peakInFlight: number;

  @ApiProperty({ description: 'requests admitted past the vendor\u2019s limits', example: 1200 })
  admitted: number;

  @ApiProperty({ type: RefusedRequestsDto })
  refused: RefusedRequestsDto;
}
