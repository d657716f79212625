import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class RetryBatchIdParamsDto {
  @ApiProperty({ description: 'Batch id.', example: '7d1c0e2a-4b5f-4a9e-8c3d-2e1f0a9b8c7d' })
  @IsUUID()
  batchId: string;
}
