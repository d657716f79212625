import { VENDORS } from '../scenario/scenario.types';
import { World } from '../world/world';
import { WorldSummaryDto } from './world-summary.dto';

export function worldSummary(world: World): WorldSummaryDto {
  const records = Object.fromEntries(
    VENDORS.map((vendor) => [
      vendor,
      Object.fromEntries(
        Object.entries(world.state(vendor).collections()).map(([name, map]) => [name, map.size]),
      ),
    ]),
  );
  return { name: world.scenario.name, asOf: world.asOf, records };
}
