import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { LinkPsaExternalReferenceDto } from './link-psa-external-reference.dto';

/** A link recorded in the PSA. */
export class PsaExternalReferenceDto extends LinkPsaExternalReferenceDto {
  @ApiPropertyOptional({
    description: 'When the link was last confirmed (the PSA’s clock).',
    example: '2026-11-20T09:15:00.000Z',
  })
  @IsOptional()
  @IsString()
  lastSyncedAt?: string;
}
