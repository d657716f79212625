import { Body, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { FlowApi } from '@p2c/flow';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role } from '@p2c/security';
import { PaymentSyncDto } from './dto/payment-sync.dto';
import { SyncPaymentsDto } from './dto/sync-payments.dto';
import { SyncPaymentsNowUseCase } from './sync-payments-now.use-case';

@FlowApi('payments', Role.Admin, Role.Service, Role.Finance)
export class PaymentsController {
  constructor(private readonly syncNow: SyncPaymentsNowUseCase) {}

  @Post('sync')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'syncPayments',
    summary: 'Read the payments of open invoices from the ERP now',
    description:
      'Runs the scheduled payment sync at once: each open invoice of the legal entity (or of all) is read from the ERP; a change of status, payments, amount due or due date is recorded on its billing event, written back to the PSA and each new payment published once as PaymentReceived. Running it again with nothing new changes nothing.',
  })
  @ApiOkResponse({ type: PaymentSyncDto, description: 'What the pass did' })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed request' })
  @ApiUnprocessableEntityResponse({
    description: 'problem+json IDEMPOTENCY_KEY_REUSED: the key came with another body',
  })
  @ApiConflictResponse({ description: 'problem+json: a request with this Idempotency-Key runs' })
  sync(
    @Body() body: SyncPaymentsDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<PaymentSyncDto> {
    return this.syncNow.execute(body.legalEntity, principal?.subject ?? 'anonymous');
  }
}
