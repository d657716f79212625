import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';

/**
 * Northwind's rates read straight from the scenario document, and minutes × rate ÷ 60 rounded
 * half up in integer cents: the test's own pricing, independent of the code under test.
 */
export class IndependentPrices {
  private readonly scenario = defaultScenario();

  private cents(decimal: string): bigint {
    const [whole, fraction = ''] = decimal.split('.');
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  }

  costRateCents(worker: string, date: string): bigint | undefined {
    const rate = this.scenario.workers
      .find((w) => w.id === worker)
      ?.costRates.find((r) => r.effectiveFrom <= date && (!r.effectiveTo || date <= r.effectiveTo));
    return rate && this.cents(rate.rate);
  }

  billRateCents(rateCard: string, role: string, date: string): bigint | undefined {
    const line = this.scenario.rateCards
      .find((card) => card.code === rateCard)
      ?.lines.find(
        (l) =>
          l.role === role && l.effectiveFrom <= date && (!l.effectiveTo || date <= l.effectiveTo),
      );
    return line && this.cents(line.rate);
  }

  rateCardOf(opportunity: string): string {
    return this.scenario.opportunities.find((o) => o.crmId === opportunity)!.rateCard!;
  }

  static amount(rateCents: bigint, minutes: number): bigint {
    return (rateCents * BigInt(minutes) + 30n) / 60n;
  }
}
