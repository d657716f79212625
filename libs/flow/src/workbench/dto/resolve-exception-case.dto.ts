import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class ResolveExceptionCaseDto {
  @ApiProperty({
    description: 'What a person did outside the gateway to put it right.',
    example: 'Booked the hours by hand in the ERP as journal JE-2026-1142.',
    minLength: 1,
    maxLength: 1000,
  })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'resolution must not be blank' })
  resolution: string;
}
