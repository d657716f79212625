import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotency, money, ok, type Schemas } from '../api';
import { Field, Loaded, ProblemView, Section } from '../components';
import { LegalEntityOptions } from '../legal-entities';
import { lastMonth } from '../period';
import { href } from '../router';

type Event = Schemas['BillingEventDto'];
type Run = Schemas['BillingRunDto'];

/** A run has done what it can once it is completed or waits for finance's approvals. */
const finished = (run?: Run) =>
  !!run && (run.status.startsWith('completed') || run.status === 'awaiting_approval');

/** Billing runs, the events finance approves or rejects, and the invoices with their payments. */
export function BillingPage() {
  return (
    <>
      <h1>Billing</h1>
      <BillingRun />
      <Awaiting />
      <Invoices />
    </>
  );
}

function BillingRun() {
  const [legalEntity, setLegalEntity] = useState('');
  const [period, setPeriod] = useState(lastMonth());
  const [runId, setRunId] = useState<string>();
  const client = useQueryClient();
  const start = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/billing-runs', {
          params: { header: idempotency() },
          body: { legalEntity, period },
        }),
      ),
    onSuccess: (run) => setRunId(run.id),
  });
  const run = useQuery({
    queryKey: ['billing-runs', runId],
    enabled: !!runId,
    queryFn: () => ok(api.GET('/billing-runs/{id}', { params: { path: { id: runId! } } })),
    refetchInterval: (state) => (finished(state.state.data) ? false : 1_000),
  });
  const done = finished(run.data);
  useEffect(() => {
    if (done) void client.invalidateQueries({ queryKey: ['billing-events'] });
  }, [done, client]);
  const projects = run.data?.projects ?? [];
  const settled = projects.filter((event) => event.status !== 'pending').length;
  return (
    <Section title="Run billing">
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate();
        }}
      >
        <Field label="Legal entity">
          <input
            value={legalEntity}
            onChange={(event) => setLegalEntity(event.target.value)}
            list="billing-entities"
            required
          />
        </Field>
        <LegalEntityOptions id="billing-entities" />
        <Field label="Period (YYYY-MM)">
          <input
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
            pattern="\d{4}-\d{2}"
            required
          />
        </Field>
        <button type="submit" disabled={start.isPending}>
          Start the billing run
        </button>
      </form>
      {start.isError && <ProblemView error={start.error} />}
      {run.isError && <ProblemView error={run.error} />}
      {run.data && (
        <div aria-live="polite">
          <p>
            Run for {run.data.legalEntity} {run.data.period}:{' '}
            <strong data-run-status>{run.data.status}</strong>
          </p>
          <progress
            max={Math.max(projects.length, 1)}
            value={done ? Math.max(projects.length, 1) : settled}
            aria-label="Billing run progress"
          />
          <span className="muted">
            {' '}
            {settled} of {projects.length} project(s) settled
          </span>
        </div>
      )}
    </Section>
  );
}

function Awaiting() {
  const client = useQueryClient();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const events = useQuery({
    queryKey: ['billing-events', 'pending_approval'],
    queryFn: () =>
      ok(
        api.GET('/billing-events', {
          params: { query: { status: 'pending_approval', limit: 50 } },
        }),
      ),
  });
  const decide = useMutation({
    mutationFn: ({ event, approve }: { event: Event; approve: boolean }) =>
      approve
        ? ok(
            api.POST('/billing-events/{id}/approve', {
              params: { path: { id: event.billingEvent }, header: idempotency() },
            }),
          )
        : ok(
            api.POST('/billing-events/{id}/reject', {
              params: { path: { id: event.billingEvent }, header: idempotency() },
              body: { reason: reasons[event.billingEvent] ?? '' },
            }),
          ),
    onSettled: () => client.invalidateQueries({ queryKey: ['billing-events'] }),
  });
  return (
    <Section title="Awaiting approval">
      {decide.isError && <ProblemView error={decide.error} />}
      {decide.isSuccess && (
        <p role="status">
          {decide.data.project}: {decide.data.status}
          {decide.data.invoiceNumber ? `, invoice ${decide.data.invoiceNumber}` : ''}
        </p>
      )}
      <Loaded
        query={events}
        what="billing events awaiting approval"
        empty={(page) => page.items.length === 0}
      >
        {(page) => (
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Billing events awaiting approval"
          >
            <table>
              <caption className="sr-only">Billing events awaiting approval</caption>
              <thead>
                <tr>
                  <th scope="col">Project</th>
                  <th scope="col">Period</th>
                  <th scope="col">Items</th>
                  <th scope="col">Net</th>
                  <th scope="col">Total</th>
                  <th scope="col">Decision</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((event) => (
                  <tr key={event.billingEvent} data-event={event.billingEvent}>
                    <th scope="row">
                      {event.project}
                      <div className="muted">
                        {event.billingModel} · {event.document}
                      </div>
                    </th>
                    <td>
                      {event.legalEntity} {event.period}
                    </td>
                    <td>{event.items}</td>
                    <td>{money(event.net)}</td>
                    <td>{money(event.total)}</td>
                    <td>
                      <button
                        type="button"
                        disabled={decide.isPending}
                        onClick={() => decide.mutate({ event, approve: true })}
                      >
                        Approve {event.project}
                      </button>
                      <Field label={`Reason to reject ${event.project}`}>
                        <input
                          value={reasons[event.billingEvent] ?? ''}
                          onChange={(change) =>
                            setReasons({ ...reasons, [event.billingEvent]: change.target.value })
                          }
                        />
                      </Field>
                      <button
                        type="button"
                        className="secondary"
                        disabled={decide.isPending}
                        onClick={() => decide.mutate({ event, approve: false })}
                      >
                        Reject
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </Section>
  );
}

function Invoices() {
  const [cursors, setCursors] = useState<string[]>([]);
  const invoices = useQuery({
    queryKey: ['billing-events', 'invoiced', cursors.at(-1)],
    // approved events are invoiced in the ERP a moment later
    refetchInterval: 10_000,
    queryFn: () =>
      ok(
        api.GET('/billing-events', {
          params: { query: { status: 'invoiced', limit: 25, cursor: cursors.at(-1) } },
        }),
      ),
  });
  return (
    <Section title="Invoices">
      <Loaded query={invoices} what="invoices" empty={(page) => page.items.length === 0}>
        {(page) => (
          <>
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label="Invoices and their payment status"
            >
              <table>
                <caption className="sr-only">Invoices and their payment status</caption>
                <thead>
                  <tr>
                    <th scope="col">Invoice</th>
                    <th scope="col">Project</th>
                    <th scope="col">Total</th>
                    <th scope="col">Payment</th>
                    <th scope="col">Due</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((event) => (
                    <tr key={event.billingEvent} data-invoice-of={event.billingEvent}>
                      <th scope="row">
                        {event.invoiceNumber ?? event.invoiceErpId ?? '—'}
                        {event.invoiceNumber && (
                          <div>
                            <a href={href('lineage', { invoice: event.billingEvent })}>lineage</a>
                          </div>
                        )}
                      </th>
                      <td>
                        {event.project} · {event.legalEntity} {event.period}
                      </td>
                      <td>{money(event.total)}</td>
                      <td>
                        <span className={`status status-${event.paymentStatus}`}>
                          {event.paymentStatus}
                        </span>{' '}
                        {money(event.amountPaid)} paid
                        {event.amountDue ? `, ${money(event.amountDue)} due` : ''}
                      </td>
                      <td>{event.dueDate ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label="Pages of invoices">
              <button
                type="button"
                disabled={cursors.length === 0}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                Previous page
              </button>
              <button
                type="button"
                disabled={!page.nextCursor}
                onClick={() => page.nextCursor && setCursors([...cursors, page.nextCursor])}
              >
                Next page
              </button>
            </nav>
          </>
        )}
      </Loaded>
    </Section>
  );
}
