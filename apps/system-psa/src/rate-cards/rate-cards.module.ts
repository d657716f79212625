import { Module } from '@nestjs/common';
import { PsaModule } from '../psa/psa.module';
import { RateCardsController } from './rate-cards.controller';
import { RateCardsUseCase } from './rate-cards.use-case';

@Module({ imports: [PsaModule], controllers: [RateCardsController], providers: [RateCardsUseCase] })
export class RateCardsModule {}
