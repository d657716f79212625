import { Get, applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { LineageDto } from './dto/lineage.dto';

export interface LineageRouteOptions {
  operationId: string;
  summary: string;
  description?: string;
}

/** `GET /lineage`: the flow's part of a record's chain, from its own ledger and tables. */
export function LineageRoute({ operationId, summary, description }: LineageRouteOptions) {
  return applyDecorators(
    Get(),
    ApiOperation({ operationId, summary, description }),
    ApiOkResponse({ type: LineageDto }),
    ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED' }),
    ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: the flow has no such record' }),
  );
}
