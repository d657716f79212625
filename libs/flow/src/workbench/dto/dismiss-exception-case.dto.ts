import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class DismissExceptionCaseDto {
  @ApiProperty({
    description: 'Why nothing is to be done about the case.',
    example: 'The entry was logged twice; the duplicate is deleted in the PSA.',
    minLength: 1,
    maxLength: 1000,
  })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}
