import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { PsaBillRateDto, PsaRateCardDto } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { BillRateQueryDto } from './dto/bill-rate.query.dto';
import { RateCardCodeParamDto } from './dto/rate-card-code.param.dto';
import { RateCardsUseCase } from './rate-cards.use-case';

@ServiceApi('rate cards')
@Controller('rate-cards')
export class RateCardsController {
  constructor(private readonly rateCards: RateCardsUseCase) {}

  @Get(':code')
  @ApiOperation({ summary: 'A rate card with every effective-dated line' })
  @ApiOkResponse({ type: PsaRateCardDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such rate card' })
  get(@Param() params: RateCardCodeParamDto): Promise<PsaRateCardDto> {
    return this.rateCards.rateCard(params.code);
  }

  @Get(':code/bill-rate')
  @ApiOperation({
    summary: 'The bill rate of a role on a work date',
    description:
      'Answers 200 either way: with `rate`, or without it and with `reason` when the card has no line for the role that day.',
  })
  @ApiOkResponse({ type: PsaBillRateDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such rate card' })
  billRate(
    @Param() params: RateCardCodeParamDto,
    @Query() query: BillRateQueryDto,
  ): Promise<PsaBillRateDto> {
    return this.rateCards.billRate(params.code, query.role, query.date);
  }
}
