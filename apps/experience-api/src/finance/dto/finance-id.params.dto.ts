import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** The id of a billing run, billing event or reconciliation, as the finance routes hand it out. */
export class FinanceIdParamsDto {
  @ApiProperty({ description: 'Its id (a UUID).', example: '5f0c1a8e-2b7d-4c39-9e61-0d4a7b3c2e15' })
  @IsUUID('all', { message: 'id must be an id these routes hand out (a UUID)' })
  id: string;
}
