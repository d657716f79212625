import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** The cost centre a record is booked to, as a system answers it (absent where it has none). */
export const OptionalCostCenterCode = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: 'Cost centre code.', example: 'US-STRAT' }),
    IsOptional(),
    IsString(),
  );
