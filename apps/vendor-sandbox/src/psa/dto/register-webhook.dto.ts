import { ApiProperty } from '@nestjs/swagger';
import { IsUrl, MaxLength } from 'class-validator';

export class RegisterWebhookDto {
  @ApiProperty({
    description: 'Where the PSA POSTs each event, signed with X-PSA-Signature',
    example: 'http://127.0.0.1:3202/webhooks/psa',
  })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url: string;
}
