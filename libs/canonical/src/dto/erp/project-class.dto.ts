import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString } from 'class-validator';

/** A class (ERP classification) projects are reported by; its code is the billing model. */
export class ProjectClassDto {
  @ApiProperty({
    description: 'Class code (the classification’s external id).',
    example: 'TIME_AND_MATERIALS',
  })
  @IsString()
  code: string;

  @ApiProperty({ description: 'Name.', example: 'Time & Materials' })
  @IsString()
  name: string;

  @ApiProperty({ description: 'False when the ERP marks the class inactive.', example: true })
  @IsBoolean()
  active: boolean;
}
