import { ApiProperty } from '@nestjs/swagger';
import type { WebhookDeliveryStatus } from '../webhook-delivery';

export class WebhookDeliveryDto {
  @ApiProperty({ description: 'Delivery id', example: '42' })
  id: string;

  @ApiProperty({ description: 'Target id', example: '1' })
  targetId: string;

  @ApiProperty({ description: 'The PSA event delivered', example: '500000001' })
  eventId: string;

  @ApiProperty({ description: 'Its type', example: 'time_entry:approved' })
  eventType: string;

  @ApiProperty({ enum: ['pending', 'delivered', 'failed'], example: 'delivered' })
  status: WebhookDeliveryStatus;

  @ApiProperty({ description: 'Attempts so far (at most 4)', example: 2 })
  attempts: number;

  @ApiProperty({
    description: 'The last HTTP status answered',
    example: 200,
    nullable: true,
    type: Number,
  })
  lastStatus: number | null;

  @ApiProperty({
    description: 'Why the last attempt got no answer',
    example: null,
    nullable: true,
    type: String,
  })
  lastError: string | null;

  @ApiProperty({ description: 'When it last changed', example: '2026-11-22T12:00:00.250Z' })
  updatedAt: string;
}
