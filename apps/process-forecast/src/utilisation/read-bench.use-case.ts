import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { toMinor } from '@p2c/canonical';
import { UNITS_PER_HOUR, formatHours } from '../forecasts/compute/hour-units';
import type { BenchGroupDto } from './dto/bench-group.dto';
import type { BenchDto } from './dto/bench.dto';
import type { UtilisationQueryDto } from './dto/utilisation.query.dto';
import { ReadUtilisationUseCase } from './read-utilisation.use-case';

/**
 * The bench over a range: the active workers whose planned hours on all projects stay under
 * FORECAST_BENCH_UTILISATION_PCT of their capacity, by legal entity and cost centre, least
 * utilised first. Refuses what utilisation refuses.
 */
@Injectable()
export class ReadBenchUseCase {
  private readonly thresholdPct: string;

  constructor(
    private readonly utilisation: ReadUtilisationUseCase,
    @Inject(ConfigService) config: ConfigService,
  ) {
    this.thresholdPct = config.getOrThrow<string>('FORECAST_BENCH_UTILISATION_PCT');
  }

  async execute(query: UtilisationQueryDto): Promise<BenchDto> {
    const { from, to, items } = await this.utilisation.execute(query);
    const threshold = toMinor(this.thresholdPct, 2);
    const groups = new Map<string, BenchGroupDto & { bench: bigint }>();
    for (const worker of items) {
      if (toMinor(worker.utilisationPct, 2) >= threshold) continue;
      const key = `${worker.legalEntity}|${worker.costCenter ?? ''}`;
      const group = groups.get(key) ?? {
        legalEntity: worker.legalEntity,
        costCenter: worker.costCenter,
        benchHours: '0.00',
        workers: [],
        bench: 0n,
      };
      group.workers.push(worker);
      group.bench += hoursToUnits(worker.capacityHours) - hoursToUnits(worker.plannedHours);
      groups.set(key, group);
    }
    return {
      from,
      to,
      thresholdPct: this.thresholdPct,
      groups: [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([, { bench, ...group }]) => ({
          ...group,
          benchHours: formatHours(bench),
          workers: group.workers.sort(
            (a, b) =>
              Number(toMinor(a.utilisationPct, 2) - toMinor(b.utilisationPct, 2)) ||
              a.worker.localeCompare(b.worker),
          ),
        })),
    };
  }
}

function hoursToUnits(hours: string): bigint {
  return (toMinor(hours, 2) * UNITS_PER_HOUR) / 100n;
}
