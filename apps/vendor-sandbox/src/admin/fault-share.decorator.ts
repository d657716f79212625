import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';

/** An optional share of a vendor's requests, from 0 to 1, that a fault applies to. */
export function FaultShare(description: string, example: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, example, minimum: 0, maximum: 1 }),
    IsOptional(),
    IsNumber(),
    Min(0),
    Max(1),
  );
}
