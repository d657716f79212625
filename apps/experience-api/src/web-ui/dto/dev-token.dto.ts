import { ApiProperty } from '@nestjs/swagger';

export class DevTokenDto {
  @ApiProperty({
    description: 'A bearer token for the experience API, signed with the development secret.',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZXYtZmluYW5jZSJ9.c2lnbmF0dXJl',
  })
  token: string;

  @ApiProperty({ description: 'Who the token names.', example: 'dev-finance' })
  subject: string;

  @ApiProperty({ description: 'Seconds the token is valid for.', example: 3600 })
  expiresIn: number;
}
