import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class PostingIdParamDto {
  @ApiProperty({ description: 'Posting id.', example: 'psa-time-31000017' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/, { message: 'id must be a posting id' })
  id: string;
}
