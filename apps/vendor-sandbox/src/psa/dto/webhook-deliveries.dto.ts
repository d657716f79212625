import { ApiProperty } from '@nestjs/swagger';
import { WebhookDeliveryDto } from './webhook-delivery.dto';

export class WebhookDeliveriesDto {
  @ApiProperty({ description: 'How many deliveries match in all', example: 1960 })
  count: number;

  @ApiProperty({ type: [WebhookDeliveryDto], description: 'The most recent first, up to limit' })
  deliveries: WebhookDeliveryDto[];
}
