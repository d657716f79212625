import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ReconciliationIdParamsDto {
  @ApiProperty({
    description: 'Reconciliation id.',
    example: '6c2e9b10-4f7a-4d3e-8b21-9a0f5c7d1e42',
  })
  @IsUUID('all', { message: 'id must be a reconciliation id' })
  id: string;
}
