import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class SaveCheckpointDto {
  @ApiProperty({
    description: 'The `nextCursor` of the last page the consumer has completely processed.',
    example: 'eyJhdCI6IjIwMjYtMTEtMjBUMDk6MDA6MDAuMDAwWiIsImlkIjoiMDA2TlcwMDAxMDEifQ',
  })
  @IsString()
  @MaxLength(512)
  cursor: string;
}
