import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { VENDORS } from '../scenario/scenario.types';
import { SandboxErrorCode, SandboxException } from '../sandbox.exception';
import { StateRecord } from '../world/vendor-state';
import { StatePageDto } from './state-page.dto';
import { StateListQuery, StateService } from './state.service';

const RECORD_SCHEMA = { type: 'object', additionalProperties: true } as const;
const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 200_000;

@ApiTags('sandbox: state')
@ApiParam({ name: 'system', enum: VENDORS, description: 'the vendor' })
@ApiParam({
  name: 'collection',
  description:
    'a collection of that vendor, e.g. erp: customer, job, timeBill, invoice, department; crm: Account, Opportunity, limits; hcm: workers, costRates; psa: time_entries, rate_card_roles',
  example: 'department',
})
@ApiNotFoundResponse({
  description: 'problem+json UNKNOWN_SYSTEM, UNKNOWN_COLLECTION or RECORD_NOT_FOUND',
})
@Controller('__sandbox/state/:system/:collection')
export class StateController {
  constructor(private readonly state: StateService) {}

  @Get()
  @ApiOperation({
    summary: 'List a vendor\u2019s records',
    description:
      'Any other query parameter filters on a top-level field of that name (compared as text), e.g. `?externalId=DE-OPS`.',
  })
  @ApiQuery({ name: 'limit', required: false, example: DEFAULT_LIMIT })
  @ApiQuery({ name: 'offset', required: false, example: 0 })
  @ApiOkResponse({ type: StatePageDto })
  @ApiBadRequestResponse({
    description: 'problem+json INVALID_REQUEST: limit or offset out of range',
  })
  list(
    @Param('system') system: string,
    @Param('collection') collection: string,
    @Query() query: Record<string, string>,
  ): StatePageDto {
    return this.state.list(system, collection, listQuery(query));
  }

  @Post()
  @ApiOperation({
    summary: 'Add a record as a person would in the vendor\u2019s screens',
    description: 'The vendor assigns the id unless the body gives one.',
  })
  @ApiBody({
    schema: RECORD_SCHEMA,
    examples: {
      department: {
        value: { name: 'Data & Analytics DE', externalId: 'DE-DATA', subsidiary: { id: '3' } },
      },
    },
  })
  @ApiCreatedResponse({ schema: RECORD_SCHEMA, description: 'the record as stored' })
  @ApiBadRequestResponse({ description: 'problem+json INVALID_RECORD: the body is no JSON object' })
  @ApiConflictResponse({ description: 'problem+json RECORD_EXISTS: the body\u2019s id is taken' })
  create(
    @Param('system') system: string,
    @Param('collection') collection: string,
    @Body() body: unknown,
  ): StateRecord {
    return this.state.create(system, collection, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One record' })
  @ApiOkResponse({ schema: RECORD_SCHEMA })
  get(
    @Param('system') system: string,
    @Param('collection') collection: string,
    @Param('id') id: string,
  ): StateRecord {
    return this.state.get(system, collection, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change fields of a record',
    description:
      'Top-level fields of the body replace the record\u2019s; the vendor then does what its screens would (a CRM save moves LastModifiedDate, a PSA edit makes a new version and its event).',
  })
  @ApiBody({ schema: RECORD_SCHEMA })
  @ApiOkResponse({ schema: RECORD_SCHEMA, description: 'the record as stored' })
  @ApiBadRequestResponse({ description: 'problem+json INVALID_RECORD: the body is no JSON object' })
  update(
    @Param('system') system: string,
    @Param('collection') collection: string,
    @Param('id') id: string,
    @Body() body: unknown,
  ): StateRecord {
    return this.state.update(system, collection, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a record' })
  @ApiNoContentResponse({ description: 'removed' })
  remove(
    @Param('system') system: string,
    @Param('collection') collection: string,
    @Param('id') id: string,
  ): void {
    this.state.remove(system, collection, id);
  }
}

function listQuery(query: Record<string, string>): StateListQuery {
  const { limit = String(DEFAULT_LIMIT), offset = '0', ...filters } = query;
  const parsedLimit = Number(limit);
  const parsedOffset = Number(offset);
  if (!Number.isInteger(parsedLimit) || parsedLimit < 1 || parsedLimit > MAX_LIMIT)
    throw new SandboxException(
      SandboxErrorCode.INVALID_REQUEST,
      `limit must be an integer from 1 to ${MAX_LIMIT}.`,
    );
  if (!Number.isInteger(parsedOffset) || parsedOffset < 0)
    throw new SandboxException(
      SandboxErrorCode.INVALID_REQUEST,
      'offset must be an integer of at least 0.',
    );
  return { limit: parsedLimit, offset: parsedOffset, filters };
}
