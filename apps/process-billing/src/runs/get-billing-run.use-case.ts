import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Money } from '@p2c/canonical';
import { sqlRows } from '@p2c/flow';
import { BillingEvent, BillingRun } from '@p2c/persistence';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import type { BillingRunProjectDto } from './dto/billing-run-project.dto';
import type { BillingRunDto } from './dto/billing-run.dto';

/** A billing run with, per project, its billing event: items, amounts and invoice. */
@Injectable()
export class GetBillingRunUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Read in one snapshot, so the run, its events and their item counts agree with each other. */
  execute(id: string): Promise<BillingRunDto> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.read(manager, id));
  }

  private async read(manager: EntityManager, id: string): Promise<BillingRunDto> {
    const run = await manager.findOneBy(BillingRun, { id });
    if (!run)
      throw new ProcessBillingException(
        ProcessBillingErrorCode.NOT_FOUND,
        `There is no billing run ${id}.`,
      );
    const events = await manager.find(BillingEvent, {
      where: { runId: id },
      order: { project: 'ASC' },
    });
    const counts = await sqlRows<{ event: string; items: number }>(
      manager,
      `SELECT billing_event_id AS event, count(*)::int AS items FROM billing_event_items
        WHERE billing_event_id = ANY($1) GROUP BY billing_event_id`,
      [events.map((event) => event.id)],
    );
    const items = new Map(counts.map((row) => [row.event, row.items]));
    return {
      id: run.id,
      legalEntity: run.legalEntity,
      period: run.period,
      status: run.status,
      taxRate: run.taxRate,
      requestedBy: run.requestedBy,
      projects: events.map((event) => projectView(event, items.get(event.id) ?? 0)),
      createdAt: run.createdAt.toISOString(),
      plannedAt: run.plannedAt?.toISOString(),
      completedAt: run.completedAt?.toISOString(),
    };
  }
}

function projectView(event: BillingEvent, items: number): BillingRunProjectDto {
  const money = (minor: number) => Money.fromMinor(minor, event.currency).toJSON();
  const invoiced = event.status === 'invoiced';
  return {
    project: event.project,
    billingEvent: event.id,
    billingModel: event.billingModel,
    status: event.status,
    items,
    net: money(invoiced ? (event.invoiceNetMinor ?? event.netMinor) : event.netMinor),
    tax: money(invoiced ? (event.invoiceTaxMinor ?? event.taxMinor) : event.taxMinor),
    total: money(
      invoiced
        ? (event.invoiceTotalMinor ?? event.netMinor + event.taxMinor)
        : event.netMinor + event.taxMinor,
    ),
    invoiceNumber: event.invoiceNumber ?? undefined,
    invoiceErpId: event.invoiceErpId ?? undefined,
    issueDate: event.issueDate,
    exception: event.exceptionId ?? undefined,
    lastError: event.lastError ?? undefined,
  };
}
