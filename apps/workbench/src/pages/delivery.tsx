import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, money, ok, type Money } from '../api';
import { BarChart, Field, Figure, Loaded, Section } from '../components';
import { lastMonth } from '../period';

const pct = (value?: string) =>
  value === undefined ? '—' : `${(Number(value) * 100).toFixed(1)} %`;
const moneys = (values: Money[]) => values.map(money).join(' · ') || '—';

/** Delivery leaders' month: project margins and forecasts, utilisation and the bench. */
export function DeliveryPage() {
  const [period, setPeriod] = useState(lastMonth());
  const dashboard = useQuery({
    queryKey: ['dashboards', 'delivery', period],
    enabled: /^\d{4}-\d{2}$/.test(period),
    queryFn: () => ok(api.GET('/dashboards/delivery', { params: { query: { period } } })),
  });
  return (
    <>
      <h1>Delivery</h1>
      <div className="toolbar">
        <Field label="Period (YYYY-MM)">
          <input
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
            pattern="\d{4}-\d{2}"
          />
        </Field>
      </div>
      <Loaded query={dashboard} what="the delivery dashboard">
        {(data) => (
          <>
            <div className="grid">
              <Section title="Project setup">
                <dl className="figures">
                  <Figure label="Completed" name="setup-completed" value={data.setup.completed} />
                  <Figure label="Running" name="setup-running" value={data.setup.running} />
                  <Figure label="Blocked" name="setup-blocked" value={data.setup.blocked} />
                </dl>
                {data.setup.blockedProjects.map((blocked) => (
                  <p key={blocked.project} className="problem">
                    {blocked.name ?? blocked.project}: {blocked.reasonCode} {blocked.message}
                  </p>
                ))}
              </Section>
              <Section title="Forecast">
                <dl className="figures">
                  <Figure
                    label="Projects"
                    name="forecast-projects"
                    value={data.forecast.projects}
                  />
                  <Figure
                    label="Margin at risk"
                    name="margin-at-risk"
                    value={data.forecast.marginAtRisk}
                  />
                  <Figure
                    label={`Planned utilisation, week ${data.forecast.week}`}
                    name="planned-utilisation"
                    value={`${data.forecast.utilisation.utilisationPct} %`}
                  />
                  <Figure
                    label="Bench hours"
                    name="bench-hours"
                    value={data.forecast.bench.benchHours}
                    hint={`${data.forecast.bench.workers} worker(s) under ${data.forecast.bench.thresholdPct} %`}
                  />
                </dl>
                <BarChart
                  title="Bench hours by legal entity and cost centre"
                  bars={data.forecast.bench.groups.map((group) => ({
                    label: `${group.legalEntity} · ${group.costCenter}`,
                    value: Number(group.benchHours),
                    shown: `${group.benchHours} h (${group.workers})`,
                  }))}
                />
              </Section>
            </div>
            <Section title="Projects: margin and forecast">
              <div
                className="table-wrap"
                tabIndex={0}
                role="region"
                aria-label="Each project’s hours, cost, margin and forecast"
              >
                <table>
                  <caption className="sr-only">
                    Each project’s hours, cost, margin and forecast
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Project</th>
                      <th scope="col">Hours posted / planned</th>
                      <th scope="col">Cost posted</th>
                      <th scope="col">Billable</th>
                      <th scope="col">Margin (actual / contracted)</th>
                      <th scope="col">Forecast margin</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.projects.map((project) => (
                      <tr
                        key={project.project}
                        className={project.forecast?.marginAtRisk ? 'differs' : undefined}
                      >
                        <th scope="row">
                          {project.name ?? project.project}
                          <div className="muted">
                            {project.legalEntity} · {project.billingModel}
                          </div>
                        </th>
                        <td>
                          {project.postedHours} / {project.plannedHours ?? '—'}
                        </td>
                        <td>{moneys(project.postedCost)}</td>
                        <td>{moneys(project.billableAmount)}</td>
                        <td>
                          {pct(project.actualMargin)} / {pct(project.contractedMargin)}
                        </td>
                        <td>
                          {project.forecast
                            ? `${money(project.forecast.total.margin)} (${project.forecast.total.marginPct} %)`
                            : '—'}
                          {project.forecast?.marginAtRisk && (
                            <strong className="flag"> at risk</strong>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Section>
            <Section title="Utilisation">
              <BarChart
                title={`Utilisation of ${data.capacityHours} capacity hours in ${data.period}`}
                bars={data.utilisation.map((worker) => ({
                  label: worker.worker,
                  value: Number(worker.utilisation),
                  shown: `${pct(worker.utilisation)} (billable ${pct(worker.billableUtilisation)})`,
                }))}
              />
            </Section>
          </>
        )}
      </Loaded>
    </>
  );
}
