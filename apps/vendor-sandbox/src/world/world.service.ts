import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { SandboxErrorCode, SandboxException } from '../sandbox.exception';
import { SandboxConfig } from '../sandbox-config';
import { defaultScenario } from '../scenario/default-scenario';
import { ScenarioValidator } from '../scenario/scenario-validator';
import { World } from './world';

export type WorldListener = (world: World) => void;

/**
 * Holds the current world. A reset builds the new world completely before swapping it in, so a
 * rejected document (or a failure while seeding) leaves the old world untouched.
 */
@Injectable()
export class WorldService {
  private readonly validator = new ScenarioValidator();
  private readonly listeners = new Set<WorldListener>();
  private world: World;

  constructor(private readonly config: ConfigService<SandboxConfig, true>) {
    this.world = this.build(defaultScenario());
  }

  get current(): World {
    return this.world;
  }

  /** Loads a scenario document (undefined: the default scenario) as the new world. */
  reset(document?: unknown): World {
    let scenario = defaultScenario();
    if (document !== undefined) {
      const result = this.validator.validate(document);
      if (!result.valid)
        throw new SandboxException(
          SandboxErrorCode.SCENARIO_INVALID,
          `The scenario has ${result.problems.length} problem(s); the current world is unchanged.`,
          { errors: result.problems },
        );
      scenario = structuredClone(result.scenario);
    }
    const world = this.build(scenario);
    this.world = world;
    for (const listener of this.listeners) listener(world);
    return world;
  }

  /** Called after every reset with the new world (e.g. to drop work tied to the old one). */
  onReset(listener: WorldListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private build(scenario: ReturnType<typeof defaultScenario>): World {
    return new World(scenario, {
      crmDailyApiLimit: this.config.get('SANDBOX_CRM_DAILY_API_LIMIT', { infer: true }),
    });
  }
}
