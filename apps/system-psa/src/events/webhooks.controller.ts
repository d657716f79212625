import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { PsaWebhook } from '@p2c/security';
import { PsaWebhookEventDto } from './dto/psa-webhook-event.dto';
import { WebhookReceiptDto } from './dto/webhook-receipt.dto';
import { ReceiveWebhookUseCase } from './receive-webhook.use-case';

@ApiTags('webhooks')
@Controller('webhooks/psa')
export class WebhooksController {
  constructor(private readonly receive: ReceiveWebhookUseCase) {}

  @Post()
  @HttpCode(200)
  @PsaWebhook()
  @ApiOperation({
    summary: 'Receive a signed PSA event and hand it to the process tier through the inbox',
    description:
      'No bearer token: the X-PSA-Signature over the raw body is checked first, and nothing is stored when it fails. A redelivered event answers 200 with `duplicate: true`.',
  })
  @ApiBody({ type: PsaWebhookEventDto })
  @ApiOkResponse({ type: WebhookReceiptDto })
  @ApiUnauthorizedResponse({ description: 'INVALID_WEBHOOK_SIGNATURE' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: signed, but not a PSA event' })
  handle(@Body() body: unknown): Promise<WebhookReceiptDto> {
    return this.receive.execute(body);
  }
}
