import { Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
} from '@nestjs/swagger';
import { FlowApi } from '@p2c/flow';
import { Role } from '@p2c/security';
import { RevenueForecastQueryDto } from './dto/revenue-forecast.query.dto';
import { RevenueForecastDto } from './dto/revenue-forecast.dto';
import { ReadRevenueForecastUseCase } from './read-revenue-forecast.use-case';

@FlowApi('forecasts', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
export class RevenueController {
  constructor(private readonly revenue: ReadRevenueForecastUseCase) {}

  @Get('revenue')
  @ApiOperation({
    operationId: 'getRevenueForecast',
    summary: 'A legal entity’s revenue per month: invoiced + posted-unbilled + planned',
    description:
      'Invoiced and unbilled up to the world’s date from process-billing, planned after it from the newest forecast of each of the entity’s projects; in the entity’s currency, with the range’s total.',
  })
  @ApiOkResponse({ type: RevenueForecastDto })
  @ApiBadRequestResponse({
    description:
      'problem+json VALIDATION_FAILED: a malformed month, from after to, more than 36 months, or a legal entity the ERP does not know',
  })
  @ApiServiceUnavailableResponse({
    description:
      'problem+json VENDOR_UNAVAILABLE: the ERP’s legal entities or process-billing’s revenue could not be read',
  })
  getRevenueForecast(@Query() query: RevenueForecastQueryDto): Promise<RevenueForecastDto> {
    return this.revenue.execute(query);
  }
}
