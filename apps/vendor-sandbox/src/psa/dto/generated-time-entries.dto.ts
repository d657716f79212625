import { ApiProperty } from '@nestjs/swagger';

export class GeneratedTimeEntriesDto {
  @ApiProperty({ description: 'How many entries were created', example: 1960 })
  count: number;

  @ApiProperty({ description: 'Their total time in minutes', example: 940800 })
  minutes: number;

  @ApiProperty({
    description: 'The first id created; ids of one generation are consecutive',
    example: '100000001',
    nullable: true,
    type: String,
  })
  firstId: string | null;

  @ApiProperty({
    description: 'The last id created',
    example: '100001960',
    nullable: true,
    type: String,
  })
  lastId: string | null;
}
