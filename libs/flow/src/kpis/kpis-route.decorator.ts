import { Get, Type, applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';

export interface KpisRouteOptions {
  type: Type<unknown>;
  operationId?: string;
  summary: string;
  description?: string;
}

/** `GET /kpis`: the flow's figures (the same as its Prometheus metrics). */
export function KpisRoute({ type, operationId, summary, description }: KpisRouteOptions) {
  return applyDecorators(
    Get(),
    ApiOperation({ operationId, summary, description }),
    ApiOkResponse({ type }),
  );
}
