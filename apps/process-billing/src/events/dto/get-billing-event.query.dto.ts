import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PARTNER_ID_PATTERN } from '@p2c/canonical';

export class GetBillingEventQueryDto {
  @ApiPropertyOptional({
    description:
      'Only if it bills a project of a customer of this partner organisation: another’s event answers 404, as one that does not exist.',
    example: 'PARTNER-ALPHA',
  })
  @IsOptional()
  @Matches(PARTNER_ID_PATTERN, { message: 'partner must be a partner id' })
  partner?: string;
}
