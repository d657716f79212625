import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { OpportunityMilestoneDto } from './opportunity-milestone.dto';

/** A deal's billing milestones (at most 500), each validated as an OpportunityMilestoneDto. */
export const OpportunityMilestones = (description: string): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ description, type: [OpportunityMilestoneDto], maxItems: 500 }),
    ArrayMaxSize(500),
    ValidateNested({ each: true }),
    Type(() => OpportunityMilestoneDto),
  );
