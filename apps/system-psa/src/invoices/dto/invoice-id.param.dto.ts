import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class InvoiceIdParamDto {
  @ApiProperty({ description: 'Canonical invoice id.', example: 'INV-7f3c' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id: string;
}
