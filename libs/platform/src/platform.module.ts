import { DynamicModule, Module, Provider, Type, ValidationPipe } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import {
  READINESS_CHECKS,
  ReadinessCheck,
  createAppLogger,
  loggerParams,
} from '@p2c/observability';
import { ConfigShape, parseConfig } from './config/parse-config';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';

export interface PlatformOptions {
  /** the app's name as it appears in logs and metrics */
  app: string;
  /** every variable the app reads (compose the libs' shapes) */
  config: ConfigShape;
  /** development-only values for secrets (see parseConfig) */
  devSecrets?: Record<string, string>;
  /** what `/health/ready` checks; each class is instantiated here with its dependencies */
  readiness?: Type<ReadinessCheck>[];
  /** values that win over the process environment (tests, scripts) */
  env?: Record<string, string>;
  /** where log lines go (default: stdout) */
  logDestination?: DestinationStream;
}

/**
 * What every gateway app has: validated config, JSON logs with correlation ids, problem+json errors,
 * strict input validation, Prometheus metrics and health probes.
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const readiness = options.readiness ?? [];
    // Parsed once, inside the app's own ConfigService: nothing is written back to process.env,
    // so apps sharing a process (tests, scripts) never see each other's values.
    const loadConfig = () =>
      parseConfig(options.config, { ...process.env, ...options.env }, options.devSecrets);
    const readinessProvider: Provider = {
      provide: READINESS_CHECKS,
      useFactory: (...checks: ReadinessCheck[]) => checks,
      inject: readiness,
    };
    return {
      module: PlatformModule,
      global: true,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          ignoreEnvVars: true,
          skipProcessEnv: true,
          load: [loadConfig],
        }),
        LoggerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService) =>
            loggerParams(
              createAppLogger(options.app, config.getOrThrow('LOG_LEVEL'), options.logDestination),
            ),
        }),
        PrometheusModule.register({
          controller: MetricsController,
          defaultMetrics: { enabled: false },
          defaultLabels: { app: options.app },
        }),
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [HealthController],
      providers: [
        ...readiness,
        readinessProvider,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
          }),
        },
      ],
      exports: [READINESS_CHECKS],
    };
  }
}
