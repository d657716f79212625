import { ApiProperty } from '@nestjs/swagger';

/** How many have a status. */
export class StatusCountDto {
  @ApiProperty({ description: 'The status.', example: 'completed' })
  status: string;

  @ApiProperty({ description: 'How many.', example: 12 })
  count: number;
}
