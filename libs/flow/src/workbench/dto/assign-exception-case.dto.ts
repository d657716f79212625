import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class AssignExceptionCaseDto {
  @ApiProperty({
    description: 'The person who works the case from now on.',
    example: 'ana.ops@northwind',
    minLength: 1,
    maxLength: 200,
  })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'assignee must not be blank' })
  assignee: string;
}
