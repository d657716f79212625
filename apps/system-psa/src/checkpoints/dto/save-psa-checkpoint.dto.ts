import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class SavePsaCheckpointDto {
  @ApiProperty({
    description: 'The `checkpoint` of the last page the consumer has taken in completely.',
  })
  @IsString()
  @MaxLength(2048)
  cursor: string;
}
