import { ApiProperty } from '@nestjs/swagger';

/** The answer to a webhook delivery: 200 for a first delivery and for every repeat alike. */
export class WebhookReceiptDto {
  @ApiProperty({ description: 'The PSA’s event id.', example: '500000123' })
  eventId: string;

  @ApiProperty({ description: 'True when the inbox already held this event.', example: false })
  duplicate: boolean;
}
