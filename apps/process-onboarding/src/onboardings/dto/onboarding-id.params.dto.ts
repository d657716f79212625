import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class OnboardingIdParamsDto {
  @ApiProperty({
    description: 'The onboarding id.',
    example: '3f7c2a9e-5d41-4b8e-9a61-0c2d7e4b1f90',
  })
  @IsUUID()
  id: string;
}
