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
import { ApiFreshRead, FreshRead } from '../erp/fresh-read.decorator';
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
  @ApiFreshRead()
  legalEntities(@FreshRead() fresh: boolean): Promise<LegalEntityDto[]> {
    return this.dimensions.legalEntities(fresh);
  }

  @Get('cost-centers')
  @ApiOperation({ summary: 'Cost centres (ERP departments)' })
  @ApiOkResponse({ type: [CostCenterDto] })
  @ApiFreshRead()
  costCenters(
    @Query() query: LegalEntityFilterQueryDto,
    @FreshRead() fresh: boolean,
  ): Promise<CostCenterDto[]> {
    return this.dimensions.costCenters(query.legalEntity, fresh);
  }

  @Get('classes')
  @ApiOperation({ summary: 'Classes (ERP classifications), one per billing model' })
  @ApiOkResponse({ type: [ProjectClassDto] })
  @ApiFreshRead()
  classes(@FreshRead() fresh: boolean): Promise<ProjectClassDto[]> {
    return this.dimensions.classes(fresh);
  }

  @Get('accounting-periods')
  @ApiOperation({ summary: 'Accounting periods per legal entity, OPEN or CLOSED' })
  @ApiOkResponse({ type: [AccountingPeriodDto] })
  @ApiFreshRead()
  accountingPeriods(
    @Query() query: LegalEntityFilterQueryDto,
    @FreshRead() fresh: boolean,
  ): Promise<AccountingPeriodDto[]> {
    return this.periods.list(query.legalEntity, fresh);
  }

  @Get('accounting-periods/:legalEntity/:period')
  @ApiOperation({
    summary: 'One legal entity’s period: whether the ERP takes postings dated in it',
  })
  @ApiOkResponse({ type: AccountingPeriodDto })
  @ApiFreshRead()
  accountingPeriod(
    @Param() params: PeriodParamsDto,
    @FreshRead() fresh: boolean,
  ): Promise<AccountingPeriodDto> {
    return this.periods.get(params.legalEntity, params.period, fresh);
  }

  @Post('validate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check a project’s dimensions before anything is written',
    description:
      'Answers every problem found (unknown or inactive legal entity, cost centre or class; a cost centre of another entity; a currency the entity does not book in), each with an actionable message.',
  })
  @ApiOkResponse({ type: DimensionValidationDto })
  @ApiFreshRead()
  validate(
    @Body() check: DimensionCheckDto,
    @FreshRead() fresh: boolean,
  ): Promise<DimensionValidationDto> {
    return this.validation.execute(check, fresh);
  }
}
