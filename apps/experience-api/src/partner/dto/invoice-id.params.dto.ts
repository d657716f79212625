import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class InvoiceIdParamsDto {
  @ApiProperty({ description: 'Invoice id.', example: '5f0c1a8e-2b7d-4c39-9e61-0d4a7b3c2e15' })
  @IsUUID('all', { message: 'id must be an invoice id' })
  id: string;
}
