import { ApiProperty } from '@nestjs/swagger';

export class ApprovedDto {
  @ApiProperty({
    description: 'How many were approved now (already approved ones are left as they are)',
    example: 1960,
  })
  approved: number;
}
