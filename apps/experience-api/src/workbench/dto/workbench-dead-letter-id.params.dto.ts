import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class WorkbenchDeadLetterIdParamsDto {
  @ApiProperty({
    description: 'Dead letter id, as listed (it names the app).',
    example: 'process-time.WyJqb2IiLCJ0aW1lLXBvc3RpbmciLCI0MiIsMTc5NTcwMDAwMDAwMF0',
  })
  @Matches(/^process-(onboarding|time|billing)\.[A-Za-z0-9_-]{8,260}$/, {
    message: 'id must be a dead letter id as listed',
  })
  id: string;
}
