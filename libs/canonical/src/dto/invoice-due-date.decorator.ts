import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from './is-calendar-date.decorator';

/** An invoice's due date, where it has one. */
export const InvoiceDueDate = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: 'Due date.', example: '2026-12-30' }),
    IsOptional(),
    IsCalendarDate(),
  );
