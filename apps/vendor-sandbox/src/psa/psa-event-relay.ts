import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { WorldService } from '../world/world.service';
import type { PsaState } from './psa-state';
import { PsaWebhooksService } from './psa-webhooks.service';

/** Hands every event of the current world's PSA to the webhooks, following resets. */
@Injectable()
export class PsaEventRelay implements OnModuleInit, OnModuleDestroy {
  private stopListening?: () => void;
  private stopFollowing?: () => void;

  constructor(
    private readonly worlds: WorldService,
    private readonly webhooks: PsaWebhooksService,
  ) {}

  onModuleInit(): void {
    this.listenTo(this.worlds.current.psa);
    this.stopFollowing = this.worlds.onReset((world) => this.listenTo(world.psa));
  }

  onModuleDestroy(): void {
    this.stopFollowing?.();
    this.stopListening?.();
  }

  private listenTo(state: PsaState): void {
    this.stopListening?.();
    this.stopListening = state.subscribe((event) => this.webhooks.publish(event));
  }
}
