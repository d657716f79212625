import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class SourceIdParamDto {
  @ApiProperty({ description: 'The PSA’s id of the record.', example: '100000042' })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'id must be a PSA record id' })
  id: string;
}
