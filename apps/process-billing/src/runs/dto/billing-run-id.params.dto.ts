import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class BillingRunIdParamsDto {
  @ApiProperty({ description: 'Billing run id.', example: '0b9d7a52-3c1e-4a8f-9d57-2f1c8e0a6b31' })
  @IsUUID('all', { message: 'id must be a billing run id' })
  id: string;
}
