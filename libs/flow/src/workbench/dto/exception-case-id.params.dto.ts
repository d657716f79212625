import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ExceptionCaseIdParamsDto {
  @ApiProperty({ description: 'Case id.', example: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a' })
  @IsUUID()
  id: string;
}
