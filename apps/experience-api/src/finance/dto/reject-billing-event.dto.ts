import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class RejectBillingEventDto {
  @ApiProperty({
    description: 'Why finance rejects it: kept with the event and in the audit log.',
    example: 'Hours disputed by the client; hold until the December review.',
    minLength: 3,
    maxLength: 500,
  })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}
