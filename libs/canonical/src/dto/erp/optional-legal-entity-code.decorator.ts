import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** The legal entity (ERP subsidiary) of a record, as the ERP answers it (absent where it has none). */
export const OptionalLegalEntityCode = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: 'Legal entity code.', example: 'NWA-US' }),
    IsOptional(),
    IsString(),
  );
