import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MONTH_RANGE_AT_MOST, Money, periodsBetween } from '@p2c/canonical';
import { ApiClient, ApiProblemError, InjectApiClient, unwrap } from '@p2c/clients';
import { ForecastVersion } from '@p2c/persistence';
import { LegalEntities } from '../common/legal-entities';
import {
  ProcessForecastErrorCode,
  ProcessForecastException,
} from '../common/process-forecast.exception';
import { WorldDate } from '../common/world-date';
import type { RevenueForecastMonthDto } from './dto/revenue-forecast-month.dto';
import type { RevenueForecastQueryDto } from './dto/revenue-forecast.query.dto';
import type { RevenueForecastDto } from './dto/revenue-forecast.dto';

interface Sums {
  invoiced: bigint;
  unbilled: bigint;
  planned: bigint;
}

/**
 * A legal entity's revenue forecast per month, in the currency it books in: invoiced and
 * posted-unbilled as process-billing answers them on the world's date (`GET /revenue`), plus the
 * planned revenue of the newest forecast of each of the entity's projects in that currency (the
 * plan after the world's date), so nothing is counted twice. 400 for a range backwards or over
 * 36 months, or a legal entity the ERP does not know; 503 when billing cannot be asked.
 */
@Injectable()
export class ReadRevenueForecastUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly legalEntities: LegalEntities,
    private readonly world: WorldDate,
    @InjectApiClient('process-billing') private readonly billing: ApiClient<'process-billing'>,
  ) {}

  async execute(query: RevenueForecastQueryDto): Promise<RevenueForecastDto> {
    const { legalEntity, from, to } = query;
    if (from > to)
      throw new ProcessForecastException(
        ProcessForecastErrorCode.VALIDATION_FAILED,
        `The range runs backwards: from ${from} is after to ${to}.`,
        { field: 'from' },
      );
    const months = periodsBetween(from, to);
    if (months.length > MONTH_RANGE_AT_MOST)
      throw new ProcessForecastException(
        ProcessForecastErrorCode.VALIDATION_FAILED,
        `The range has ${months.length} months, more than ${MONTH_RANGE_AT_MOST}; ask for it in parts.`,
        { field: 'to' },
      );
    const { currency } = await this.legalEntities.known(legalEntity);
    const asOf = this.world.today();
    const [billed, versions] = await Promise.all([
      this.billed(legalEntity, from, to, asOf),
      this.dataSource
        .getRepository(ForecastVersion)
        .createQueryBuilder('version')
        .innerJoin('version.forecastProject', 'project', 'project.latest_version = version.number')
        .where('project.legal_entity = :legalEntity', { legalEntity })
        .getMany(),
    ]);
    const sums = new Map<string, Sums>(
      months.map((month) => [month, { invoiced: 0n, unbilled: 0n, planned: 0n }]),
    );
    for (const month of billed.months) {
      const sum = sums.get(month.month);
      if (!sum) continue;
      sum.invoiced += Money.fromJson(month.invoiced).minor;
      sum.unbilled += Money.fromJson(month.unbilled).minor;
    }
    for (const { figures } of versions) {
      if (figures.currency !== currency) continue;
      for (const month of figures.months) {
        const sum = sums.get(month.month);
        if (sum) sum.planned += Money.fromJson(month.planned.revenue).minor;
      }
    }
    const total = [...sums.values()].reduce(
      (all, sum) => ({
        invoiced: all.invoiced + sum.invoiced,
        unbilled: all.unbilled + sum.unbilled,
        planned: all.planned + sum.planned,
      }),
      { invoiced: 0n, unbilled: 0n, planned: 0n },
    );
    return {
      legalEntity,
      currency,
      asOf,
      months: [...sums].map(([month, sum]) => view(month, sum, currency)),
      total: view('total', total, currency),
    };
  }

  private async billed(legalEntity: string, from: string, to: string, asOf: string) {
    try {
      return await unwrap(
        this.billing.GET('/revenue', { params: { query: { legalEntity, from, to, asOf } } }),
      );
    } catch (error) {
      if (error instanceof ApiProblemError && error.status >= 500)
        throw new ProcessForecastException(
          ProcessForecastErrorCode.VENDOR_UNAVAILABLE,
          'process-billing’s invoiced and unbilled revenue could not be read; try again shortly.',
        );
      throw error;
    }
  }
}

function view(month: string, sum: Sums, currency: string): RevenueForecastMonthDto {
  const money = (minor: bigint) => Money.fromMinor(minor, currency).toJSON();
  return {
    month,
    invoiced: money(sum.invoiced),
    unbilled: money(sum.unbilled),
    planned: money(sum.planned),
    total: money(sum.invoiced + sum.unbilled + sum.planned),
  };
}
