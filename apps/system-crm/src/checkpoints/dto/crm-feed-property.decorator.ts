import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CRM_FEEDS } from '../crm-feed';

/** A checkpoint's `feed`: one of system-crm's change feeds. */
export const CrmFeedProperty = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({
      description: 'The change feed.',
      enum: CRM_FEEDS,
      example: 'closed-won-opportunities',
    }),
    IsIn(CRM_FEEDS),
  );
