import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@p2c/security';
import { READINESS_CHECKS, ReadinessCheck } from '@p2c/observability';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up and serving requests' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'Every dependency this app needs answers (503 names the ones that do not)',
  })
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check(this.checks.map((c) => () => c.check()));
    } catch (error) {
      const result = (error as { response?: HealthCheckResult }).response;
      if (!result?.details) throw error;
      const down = Object.entries(result.details)
        .filter(([, detail]) => detail.status !== 'up')
        .map(([name]) => name);
      throw new ServiceUnavailableException({
        code: 'NOT_READY',
        message: `Not ready: ${down.join(', ')} unavailable.`,
        checks: result.details,
      });
    }
  }
}
