import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class EventIdParamDto {
  @ApiProperty({ description: 'The PSA’s event id (as in the webhook and the feed).' })
  @IsString()
  @Length(1, 200)
  eventId: string;
}
