import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DEAD_LETTER_ID } from '../dead-letter-key';

export class DeadLetterIdParamsDto {
  @ApiProperty({
    description: 'Dead letter id, as listed.',
    example: 'WyJqb2IiLCJ0aW1lLXBvc3RpbmciLCI0MiIsMTc5NTcwMDAwMDAwMF0',
  })
  @Matches(DEAD_LETTER_ID, { message: 'id must be a dead letter id as listed' })
  id: string;
}
