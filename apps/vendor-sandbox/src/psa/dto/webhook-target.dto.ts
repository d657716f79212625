import { ApiProperty } from '@nestjs/swagger';

export class WebhookTargetDto {
  @ApiProperty({ description: 'Target id', example: '1' })
  id: string;

  @ApiProperty({
    description: 'Where events are POSTed',
    example: 'http://127.0.0.1:3202/webhooks/psa',
  })
  url: string;

  @ApiProperty({ description: 'When it was registered', example: '2026-11-22T12:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ description: 'Deliveries queued or waiting for a retry', example: 0 })
  pending: number;

  @ApiProperty({ description: 'Deliveries the target accepted with a 2xx', example: 1960 })
  delivered: number;

  @ApiProperty({ description: 'Deliveries given up after 1 + 3 attempts', example: 0 })
  failed: number;
}
