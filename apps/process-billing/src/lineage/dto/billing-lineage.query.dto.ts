import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, Matches, ValidateIf } from 'class-validator';
import { GATEWAY_ID_PATTERN } from '@p2c/canonical';

export class BillingLineageQueryDto {
  @ApiPropertyOptional({
    description:
      'Process-time posting ids (repeat for several, at most 100): what billed them, onwards. Give this or `billingEvent`.',
    type: [String],
    example: ['psa-time-31000017'],
  })
  @ValidateIf((query: BillingLineageQueryDto) => query.billingEvent === undefined)
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value]))
  @IsArray({ message: 'give posting or billingEvent' })
  @ArrayMaxSize(100)
  @Matches(GATEWAY_ID_PATTERN, {
    each: true,
    message: 'posting must be posting ids',
  })
  posting?: string[];

  @ApiPropertyOptional({
    description:
      'A billing event (its invoice’s external id): its postings, its invoice and the payments. Give this or `posting`.',
    example: '5f0c1a8e-2b7d-4c39-9e61-0d4a7b3c2e15',
  })
  @ValidateIf((query: BillingLineageQueryDto) => query.billingEvent !== undefined)
  @IsUUID('all', { message: 'billingEvent must be a billing event id' })
  billingEvent?: string;
}
