import { ApiProperty } from '@nestjs/swagger';

export class StatePageDto {
  @ApiProperty({ description: 'records matching the filters', example: 2 })
  total: number;

  @ApiProperty({ description: 'records skipped', example: 0 })
  offset: number;

  @ApiProperty({ description: 'most records returned', example: 1000 })
  limit: number;

  @ApiProperty({
    description: 'the records, as the vendor holds them',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    example: [{ id: '1', name: 'Operations DE', externalId: 'DE-OPS', isInactive: false }],
  })
  items: Record<string, unknown>[];
}
