import { Module } from '@nestjs/common';
import { KpisController } from './kpis.controller';
import { ReadBillingKpisUseCase } from './read-billing-kpis.use-case';
import { ReadReceivables } from './read-receivables';

/** `GET /kpis`: billing's figures, receivables included. */
@Module({ controllers: [KpisController], providers: [ReadBillingKpisUseCase, ReadReceivables] })
export class KpisModule {}
