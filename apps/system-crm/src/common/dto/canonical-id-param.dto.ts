import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class CanonicalIdParamDto {
  @ApiProperty({
    description: 'Canonical id (gateway-issued).',
    example: 'opp_5b7d40e2c1a94d0e8f3b2a6c7d8e9f01',
  })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/)
  id: string;
}
