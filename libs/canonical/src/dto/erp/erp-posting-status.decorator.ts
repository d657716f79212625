import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { TIME_POSTING_STATUSES } from './time-posting-status';

/** Where a posting stands in the ERP's project accounting. */
export const ErpPostingStatus = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({
      description:
        'POSTED counts in project accounting; REVERSED (the ERP’s "Rejected") no longer does.',
      enum: TIME_POSTING_STATUSES,
      example: 'POSTED',
    }),
    IsIn(TIME_POSTING_STATUSES),
  );
