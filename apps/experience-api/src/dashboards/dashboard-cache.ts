import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LRUCache } from 'lru-cache';

/** Dashboards and periods kept at once (a period is the caller's choice: the oldest go). */
const MAX_KEYS = 500;

interface Reading {
  value: object;
  readAt: number;
}

/**
 * One reading of a dashboard answers every caller for DASHBOARD_CACHE_MS. For as long again it
 * still answers, while one refresh runs in the background, so no caller waits on the process
 * tier in steady state; past that a caller waits for a fresh reading. Callers arriving while a
 * reading is under way share it (one fetch in flight per key). A reading that fails is not kept,
 * and a failed refresh drops the old one, so the next caller learns of the outage. Each replica
 * keeps its own readings.
 */
@Injectable()
export class DashboardCache {
  private readonly logger = new Logger(DashboardCache.name);
  private readonly freshForMs: number;
  private readonly readings = new LRUCache<string, Reading>({ max: MAX_KEYS });
  private readonly inFlight = new Map<string, Promise<object>>();

  constructor(config: ConfigService) {
    this.freshForMs = config.getOrThrow<number>('DASHBOARD_CACHE_MS');
  }

  get<T extends object>(key: string, read: () => Promise<T>): Promise<T> {
    const last = this.readings.get(key);
    const age = last ? Date.now() - last.readAt : Infinity;
    if (last && age < this.freshForMs) return Promise.resolve(last.value as T);
    if (last && age < 2 * this.freshForMs) {
      this.readAgain(key, read).catch((error: unknown) =>
        this.logger.warn(
          `${key}: refresh failed, the next caller reads again: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
      return Promise.resolve(last.value as T);
    }
    return this.readAgain(key, read);
  }

  private readAgain<T extends object>(key: string, read: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(key);
    if (running) return running as Promise<T>;
    const readAt = Date.now();
    const reading = read()
      .then(
        (value) => {
          if (this.freshForMs > 0) this.readings.set(key, { value, readAt });
          return value;
        },
        (error: unknown) => {
          this.readings.delete(key);
          throw error;
        },
      )
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, reading);
    return reading;
  }
}
