import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN } from './erp-patterns';

/** The ERP class (billing model) a project is to be set up with, where it is given. */
export const ErpProjectClass = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      description: 'Class code (billing model).',
      example: 'TIME_AND_MATERIALS',
    }),
    IsOptional(),
    Matches(DIMENSION_CODE_PATTERN, { message: 'class must be a dimension code' }),
  );
