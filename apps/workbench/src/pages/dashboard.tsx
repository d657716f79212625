import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { money, type Schemas } from '../api';
import { BarChart, Field, Figure, Loaded, Section } from '../components';
import { financeDashboardQuery } from '../legal-entities';
import { href } from '../router';

type Dashboard = Schemas['FinanceDashboardDto'];

const AGES: Record<string, string> = {
  'under-1h': 'under 1 hour',
  '1h-24h': '1–24 hours',
  '1d-3d': '1–3 days',
  'over-3d': 'over 3 days',
};

const seconds = (value: number) =>
  value >= 86_400
    ? `${(value / 86_400).toFixed(1)} d`
    : value >= 3_600
      ? `${(value / 3_600).toFixed(1)} h`
      : `${Math.round(value / 60)} min`;

function entitiesOf(dashboard: Dashboard): string[] {
  const names = new Set<string>();
  for (const list of [
    dashboard.unbilled?.amounts ?? [],
    dashboard.invoiceReadinessLag,
    dashboard.daysSalesOutstanding,
    dashboard.overdueInvoices,
  ])
    for (const item of list) names.add(item.legalEntity);
  return [...names].sort();
}

/** Finance's morning view: what is waiting to be posted, billed, approved and paid. */
export function DashboardPage() {
  const query = useQuery({ ...financeDashboardQuery, refetchInterval: 30_000 });
  const [entity, setEntity] = useState('');
  return (
    <>
      <h1>Finance dashboard</h1>
      <Loaded query={query} what="the finance dashboard">
        {(data) => {
          const entities = entitiesOf(data);
          const of = <T extends { legalEntity: string }>(items: T[]) =>
            entity ? items.filter((item) => item.legalEntity === entity) : items;
          return (
            <>
              <div className="toolbar">
                <Field label="Legal entity">
                  <select value={entity} onChange={(event) => setEntity(event.target.value)}>
                    <option value="">All legal entities</option>
                    {entities.map((name) => (
                      <option key={name}>{name}</option>
                    ))}
                  </select>
                </Field>
                <p className="as-of">Read {new Date(data.asOf).toLocaleTimeString('en-GB')}</p>
              </div>
              <div className="grid">
                <Section title="Unposted time">
                  <dl className="figures">
                    <Figure label="Entries" name="unposted-entries" value={data.unposted.entries} />
                    <Figure label="Hours" name="unposted-hours" value={data.unposted.hours} />
                    <Figure
                      label="Without a rate"
                      name="unposted-unpriced"
                      value={data.unposted.unpriced}
                    />
                    <Figure
                      label="Posting success"
                      name="posting-success"
                      value={`${(Number(data.postingSuccess.rate) * 100).toFixed(1)} %`}
                    />
                  </dl>
                  <BarChart
                    title="Unposted entries by age"
                    bars={data.unposted.byAge.map((age) => ({
                      label: AGES[age.age] ?? age.age,
                      value: age.entries,
                      shown: `${age.entries} (${age.hours} h)`,
                    }))}
                  />
                </Section>
                <Section title="Unbilled">
                  <BarChart
                    title="Unbilled amount by legal entity and age"
                    bars={of(data.unbilled?.amounts ?? []).map((item) => ({
                      label: `${item.legalEntity} · ${item.age}`,
                      value: Number(item.amount.amount),
                      shown: money(item.amount),
                    }))}
                  />
                </Section>
                <Section title="Approvals and blocks">
                  <dl className="figures">
                    <Figure
                      label="Events awaiting approval"
                      name="pending-approval-events"
                      value={data.pendingApproval.reduce((sum, total) => sum + total.events, 0)}
                      hint={
                        data.pendingApproval.map((total) => money(total.net)).join(' · ') ||
                        undefined
                      }
                    />
                    <Figure
                      label="Blocked billing events"
                      name="blocked-events"
                      value={data.blockedBillingEvents.reduce(
                        (sum, total) => sum + total.events,
                        0,
                      )}
                    />
                  </dl>
                  <p>
                    <a href={href('billing')}>Review the events awaiting approval</a>
                  </p>
                </Section>
                <Section title="Invoice readiness lag">
                  <table>
                    <caption className="sr-only">
                      Time from posting to invoice, per legal entity
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Legal entity</th>
                        <th scope="col">Postings</th>
                        <th scope="col">Median</th>
                        <th scope="col">90th percentile</th>
                      </tr>
                    </thead>
                    <tbody>
                      {of(data.invoiceReadinessLag).map((lag) => (
                        <tr key={lag.legalEntity}>
                          <th scope="row">{lag.legalEntity}</th>
                          <td>{lag.postings}</td>
                          <td data-figure={`lag-p50-${lag.legalEntity}`}>
                            {seconds(lag.p50Seconds)}
                          </td>
                          <td>{seconds(lag.p90Seconds)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </Section>
                <Section title="Days sales outstanding">
                  <dl className="figures">
                    {of(data.daysSalesOutstanding).map((dso) => (
                      <Figure
                        key={dso.legalEntity}
                        label={dso.legalEntity}
                        name={`dso-${dso.legalEntity}`}
                        value={dso.days === undefined ? 'no sales' : `${dso.days} days`}
                        hint={`${money(dso.receivables)} receivable of ${money(dso.sales)} sold in ${dso.windowDays} days`}
                      />
                    ))}
                  </dl>
                  {of(data.overdueInvoices).length > 0 && (
                    <BarChart
                      title="Overdue invoices"
                      bars={of(data.overdueInvoices).map((overdue) => ({
                        label: overdue.legalEntity,
                        value: overdue.invoices,
                        shown: `${overdue.invoices} · ${money(overdue.amount)}`,
                      }))}
                    />
                  )}
                </Section>
                <Section title="Open exceptions by reason">
                  <BarChart
                    title="Open exceptions by reason"
                    bars={data.exceptions.map((group) => ({
                      label: `${group.reason} (${group.app.replace('process-', '')})`,
                      value: group.open,
                      shown: `${group.open}${group.slaBreached ? ` · ${group.slaBreached} past SLA` : ''}`,
                    }))}
                  />
                  <p>
                    <a href={href('exceptions')}>Open the exceptions</a>
                  </p>
                </Section>
              </div>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
