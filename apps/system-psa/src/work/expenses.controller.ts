import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { PsaExpenseDto, PsaExpensePageDto } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { ChangedWorkQueryDto } from './dto/changed-work.query.dto';
import { SourceIdParamDto } from './dto/source-id.param.dto';
import { ReadWorkUseCase } from './read-work.use-case';

@ServiceApi('expenses')
@Controller('expenses')
export class ExpensesController {
  constructor(private readonly work: ReadWorkUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'Expenses changed since a cursor (approved ones by default), in passes',
    description:
      'Page with `nextCursor` until it is absent; store `checkpoint` after each page and resume from it. An expense may come again in a later pass: de-duplicate on sourceId + sourceVersion.',
  })
  @ApiOkResponse({ type: PsaExpensePageDto })
  @ApiBadRequestResponse({ description: 'INVALID_CURSOR or VALIDATION_FAILED' })
  list(@Query() query: ChangedWorkQueryDto): Promise<PsaExpensePageDto> {
    return this.work.expenses(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An expense as it is now, with its version' })
  @ApiOkResponse({ type: PsaExpenseDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such expense (or it was deleted)' })
  get(@Param() params: SourceIdParamDto): Promise<PsaExpenseDto> {
    return this.work.expense(params.id);
  }
}
