import { Module } from '@nestjs/common';
import { KpisController } from './kpis.controller';
import { ReadBillingKpisUseCase } from './read-billing-kpis.use-case';

/** `GET /kpis`: billing's basic figures. */
@Module({ controllers: [KpisController], providers: [ReadBillingKpisUseCase] })
export class KpisModule {}
