import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErpAdminService } from './erp-admin.service';
import { PaymentResultDto } from './payment-result.dto';
import { PaymentDto } from './payment.dto';
import { PeriodParamsDto } from './period-params.dto';

@ApiTags('sandbox: erp')
@Controller('__sandbox/erp')
export class ErpAdminController {
  constructor(private readonly erp: ErpAdminService) {}

  @Post('invoices/:id/payments')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a customer payment against an invoice',
    description:
      'Creates a customerPayment dated the sandbox\u2019s today and applies it: the invoice becomes Partially Paid or Paid In Full.',
  })
  @ApiParam({ name: 'id', description: 'the ERP internal id of the invoice', example: '90001' })
  @ApiOkResponse({ type: PaymentResultDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: no positive amount' })
  @ApiNotFoundResponse({ description: 'problem+json RECORD_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json PAYMENT_REFUSED (more than the remaining amount, closed period, …)',
  })
  pay(@Param('id') id: string, @Body() body: PaymentDto): PaymentResultDto {
    return this.erp.pay(id, body.amount);
  }

  @Post('periods/:legalEntity/:period/close')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close a legal entity\u2019s accounting period',
    description: 'From then on the ERP refuses transactions dated in it (PERIOD_CLOSED).',
  })
  @ApiOkResponse({
    description: 'the accountingPeriod record',
    schema: { type: 'object', additionalProperties: true },
  })
  @ApiBadRequestResponse({
    description: 'problem+json VALIDATION_FAILED: the period is no YYYY-MM',
  })
  @ApiNotFoundResponse({ description: 'problem+json RECORD_NOT_FOUND: no such legal entity' })
  closePeriod(@Param() params: PeriodParamsDto): Record<string, unknown> {
    return this.erp.closePeriod(params.legalEntity, params.period);
  }
}
