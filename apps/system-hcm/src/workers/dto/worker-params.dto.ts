import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class WorkerParamsDto {
  @ApiProperty({ description: 'The HCM employee id.', example: 'E1001' })
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'id must be an HCM employee id such as E1001' })
  id: string;
}
