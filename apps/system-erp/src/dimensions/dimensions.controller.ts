import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AccountingPeriodDto,
  CostCenterDto,
  DimensionCheckDto,
  DimensionValidationDto,
  LegalEntityDto,
  LegalEntityFilterQueryDto,
  ProjectClassDto,
} from '@p2c/canonical';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { AccountingPeriodsUseCase } from './accounting-periods.use-case';
import { PeriodParamsDto } from './dto/period-params.dto';
import { ListDimensionsUseCase } from './list-dimensions.use-case';
import { ValidateDimensionsUseCase } from './validate-dimensions.use-case';

@ApiTags('dimensions')
@ErpApi()
@Controller('dimensions')
export class DimensionsController {
  constructor(
    private readonly dimensions: ListDimensionsUseCase,
    private readonly periods: AccountingPeriodsUseCase,
    private readonly validation: ValidateDimensionsUseCase,
  ) {}

  @Get('legal-entities')
  @ApiOperation({ summary: 'Legal entities (ERP subsidiaries) with their currency and tax rate' })
  @ApiOkResponse({ type: [LegalEntityDto] })
  legalEntities(): Promise<LegalEntityDto[]> {
    return this.dimensions.legalEntities();
  }

  @Get('cost-centers')
  @ApiOperation({ summary: 'Cost centres (ERP departments)' })
  @ApiOkResponse({ type: [CostCenterDto] })
  costCenters(@Query() query: LegalEntityFilterQueryDto): Promise<CostCenterDto[]> {
    return this.dimensions.costCenters(query.legalEntity);
  }

  @Get('classes')
  @ApiOperation({ summary: 'Classes (ERP classifications), one per billing model' })
  @ApiOkResponse({ type: [ProjectClassDto] })
  classes(): Promise<ProjectClassDto[]> {
    return this.dimensions.classes();
  }

  @Get('accounting-periods')
  @ApiOperation({ summary: 'Accounting periods per legal entity, OPEN or CLOSED' })
  @ApiOkResponse({ type: [AccountingPeriodDto] })
  accountingPeriods(@Query() query: LegalEntityFilterQueryDto): Promise<AccountingPeriodDto[]> {
    return this.periods.list(query.legalEntity);
  }

  @Get('accounting-periods/:legalEntity/:period')
  @ApiOperation({
    summary: 'One legal entity’s period: whether the ERP takes postings dated in it',
  })
  @ApiOkResponse({ type: AccountingPeriodDto })
  accountingPeriod(@Param() params: PeriodParamsDto): Promise<AccountingPeriodDto> {
    return this.periods.get(params.legalEntity, params.period);
  }

  @Post('validate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check a project’s dimensions before anything is written',
    description:
      'Answers every problem found (unknown or inactive legal entity, cost centre or class; a cost centre of another entity; a currency the entity does not book in), each with an actionable message.',
  })
  @ApiOkResponse({ type: DimensionValidationDto })
  validate(@Body() check: DimensionCheckDto): Promise<DimensionValidationDto> {
    return this.validation.execute(check);
  }
}
