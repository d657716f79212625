import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { PsaWebhooksService } from './psa-webhooks.service';
import { ListDeliveriesQueryDto } from './dto/list-deliveries.query.dto';
import { RegisterWebhookDto } from './dto/register-webhook.dto';
import { WebhookDeliveriesDto } from './dto/webhook-deliveries.dto';
import { WebhookTargetDto } from './dto/webhook-target.dto';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';

const DEFAULT_DELIVERY_LIMIT = 100;

/** Where the PSA pushes its events, and how each delivery went (poll it to wait for them). */
@ApiTags('sandbox: PSA')
@Controller('__sandbox/psa/webhooks')
export class PsaWebhooksController {
  constructor(private readonly webhooks: PsaWebhooksService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Register a webhook target; every PSA event from now on is POSTed to it',
  })
  @ApiCreatedResponse({ type: WebhookTargetDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: no http(s) url' })
  register(@Body() request: RegisterWebhookDto): WebhookTargetDto {
    return this.webhooks.register(request.url);
  }

  @Get()
  @ApiOperation({ summary: 'The targets, with how many deliveries are pending, delivered, failed' })
  @ApiOkResponse({ type: WebhookTargetDto, isArray: true })
  list(): WebhookTargetDto[] {
    return this.webhooks.listTargets();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop delivering to a target (what is queued for it is dropped)' })
  @ApiNoContentResponse({ description: 'no longer delivered to' })
  @ApiNotFoundResponse({ description: 'problem+json WEBHOOK_TARGET_NOT_FOUND' })
  unregister(@Param('id') id: string): void {
    if (!this.webhooks.unregister(id))
      throw new PsaAdminException(
        PsaAdminErrorCode.WEBHOOK_TARGET_NOT_FOUND,
        `No webhook target ${id}.`,
      );
  }

  @Get('deliveries')
  @ApiOperation({ summary: 'Delivery attempts and their outcome, most recent first' })
  @ApiOkResponse({ type: WebhookDeliveriesDto })
  @ApiBadRequestResponse({
    description: 'problem+json VALIDATION_FAILED: a filter or limit out of range',
  })
  deliveries(@Query() query: ListDeliveriesQueryDto): WebhookDeliveriesDto {
    return this.webhooks.listDeliveries(
      { status: query.status, targetId: query.targetId, eventId: query.eventId },
      query.limit ?? DEFAULT_DELIVERY_LIMIT,
    );
  }
}
