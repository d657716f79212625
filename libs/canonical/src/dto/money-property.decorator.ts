import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { MoneyDto } from './money.dto';

/** An exact amount with its currency, documented and validated as a MoneyDto. */
export const MoneyProperty = (description: string, { optional = false } = {}): PropertyDecorator =>
  optional
    ? applyDecorators(
        ApiPropertyOptional({ description, type: MoneyDto }),
        IsOptional(),
        ValidateNested(),
        Type(() => MoneyDto),
      )
    : applyDecorators(
        ApiProperty({ description, type: MoneyDto }),
        ValidateNested(),
        Type(() => MoneyDto),
      );
