import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PARTNER_ID_PATTERN } from '@p2c/canonical';

export class PartnerScopeQueryDto {
  @ApiPropertyOptional({
    description:
      'Admin tokens only, and then required: whose portal to read. A partner token reads its own partner’s; naming another is refused (403).',
    example: 'PARTNER-ALPHA',
  })
  @IsOptional()
  @Matches(PARTNER_ID_PATTERN, { message: 'partner must be a partner id' })
  partner?: string;
}
