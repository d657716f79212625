import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Idempotent, Public } from '@p2c/security';
import { DevTokenRequestDto } from './dto/dev-token-request.dto';
import { DevTokenDto } from './dto/dev-token.dto';
import { IssueDevTokenUseCase } from './issue-dev-token.use-case';
import { Throttled } from '../throttling/throttled.decorator';

const ROUTE = '/dev/tokens';

@ApiTags('workbench')
@Public()
@Controller(ROUTE.slice(1))
@Throttled()
export class DevTokensController {
  constructor(private readonly issue: IssueDevTokenUseCase) {}

  @Post()
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({
    operationId: 'issueDevToken',
    summary: 'Development only: a user token for a role, for the workbench sign-in',
    description:
      'What `npm run token` prints, for the finance workbench’s "sign in as" in development: a token for finance, delivery, admin or a partner, valid for eight hours. With NODE_ENV=production, or when user tokens come from an identity provider, this route does not exist (404).',
  })
  @ApiOkResponse({ type: DevTokenDto })
  @ApiBadRequestResponse({
    description: 'problem+json VALIDATION_FAILED: an unknown role, or a partner without its id',
  })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND: not offered in production' })
  sign(@Body() body: DevTokenRequestDto): DevTokenDto {
    return this.issue.execute(body, ROUTE);
  }
}
