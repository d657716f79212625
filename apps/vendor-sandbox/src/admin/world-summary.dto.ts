import { ApiProperty } from '@nestjs/swagger';

export class WorldSummaryDto {
  @ApiProperty({ description: 'the scenario\u2019s name', example: 'northwind-advisory' })
  name: string;

  @ApiProperty({ description: 'the sandbox\u2019s today', example: '2026-11-20' })
  asOf: string;

  @ApiProperty({
    description: 'records per vendor and collection',
    example: { erp: { customer: 2, subsidiary: 3 }, hcm: { workers: 24 } },
    additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } },
  })
  records: Record<string, Record<string, number>>;
}
