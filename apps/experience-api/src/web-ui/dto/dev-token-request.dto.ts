import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { Role } from '@p2c/security';

/** The roles a person signs in to the workbench with (service tokens are the gateway's own). */
export const DEV_TOKEN_ROLES = [Role.Finance, Role.Delivery, Role.Admin, Role.Partner] as const;

export class DevTokenRequestDto {
  @ApiProperty({
    description: 'The role the token carries.',
    enum: DEV_TOKEN_ROLES,
    example: Role.Finance,
  })
  @IsIn(DEV_TOKEN_ROLES)
  role: (typeof DEV_TOKEN_ROLES)[number];

  @ApiPropertyOptional({
    description:
      'The partner the token speaks for: required with the partner role, refused otherwise.',
    example: 'PARTNER-CONTOSO',
    maxLength: 64,
  })
  @ValidateIf(
    (request: DevTokenRequestDto) =>
      request.role === Role.Partner || request.partnerId !== undefined,
  )
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'partnerId must be a partner id' })
  @MaxLength(64)
  partnerId?: string;

  @ApiPropertyOptional({
    description: 'Who the token names (the `sub` claim); `dev-<role>` or `partner-<id>` otherwise.',
    example: 'fiona.finance',
    minLength: 1,
    maxLength: 100,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  subject?: string;
}
