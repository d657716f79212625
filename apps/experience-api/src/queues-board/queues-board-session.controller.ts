import { Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Idempotent, Role, Roles } from '@p2c/security';
import { BoardSessionCookieInterceptor } from './board-session-cookie.interceptor';
import { Throttled } from '../throttling/throttled.decorator';

@ApiTags('queues board')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/queues/session')
@Throttled()
export class QueuesBoardSessionController {
  @Post()
  @Idempotent()
  // below @Idempotent(), so it runs outside it: a replayed answer gets the cookie too
  @UseInterceptors(BoardSessionCookieInterceptor)
  @HttpCode(204)
  @ApiOperation({
    operationId: 'openQueuesBoardSession',
    summary: 'Let this browser open the queue board at /admin/queues',
    description:
      'Answers with a cookie holding the bearer token of this request (HttpOnly, Secure, SameSite=Strict, Path=/admin/queues, QUEUES_BOARD_SESSION_SECONDS), which the board verifies on every request like the Authorization header: it works until the cookie or the token expires. Admin only.',
  })
  @ApiNoContentResponse({ description: 'The cookie is set (Set-Cookie)' })
  @ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
  @ApiForbiddenResponse({ description: 'problem+json FORBIDDEN: not an admin token' })
  open(): void {}
}
