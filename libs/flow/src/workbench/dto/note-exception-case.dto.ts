import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class NoteExceptionCaseDto {
  @ApiProperty({
    description: 'What to keep on the case: what was found, asked or done.',
    example: 'Asked the ERP team to reopen October for NWA-US.',
    minLength: 1,
    maxLength: 4000,
  })
  @IsString()
  @Length(1, 4000)
  @Matches(/\S/, { message: 'text must not be blank' })
  text: string;
}
