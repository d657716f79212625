import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { operations } from '@p2c-gateway/experience-client';
import { api, idempotency, ok, when, type Schemas } from '../api';
import { Empty, Field, Loaded, ProblemView, Section } from '../components';
import { href, useRoute } from '../router';

type Exception = Schemas['WorkbenchExceptionDto'];
type Query = NonNullable<operations['listExceptions']['parameters']['query']>;

const STATUSES = ['open', 'assigned', 'retrying', 'resolved', 'dismissed'] as const;
const OWNERS = ['finance-ops', 'integration-support', 'platform', 'delivery'] as const;
const REASONS = [
  'RATE_MISSING',
  'INVALID_DIMENSION',
  'PERIOD_CLOSED',
  'DUPLICATE_SUSPECTED',
  'PROJECT_NOT_ACTIVE',
  'WORKER_UNMAPPED',
  'WORKER_INACTIVE',
  'OVER_CAP',
  'CURRENCY_MISMATCH',
  'VENDOR_REJECTED',
  'DEAL_INCOMPLETE',
  'DEAL_NOT_WON',
  'CUSTOMER_INACTIVE',
  'RECONCILIATION_MISMATCH',
  'MARGIN_AT_RISK',
  'VENDOR_UNAVAILABLE',
  'RATE_LIMITED',
  'INTEGRATION_ERROR',
  'INTERNAL_ERROR',
  'POSTING_FAILED',
] as const;
const PAGE = 25;

const live = (item: Exception) => ['open', 'assigned', 'retrying'].includes(item.status);
const breached = (item: Exception) => live(item) && new Date(item.slaDueAt).getTime() < Date.now();

type Action = 'assign' | 'notes' | 'resolve' | 'dismiss';
const ACTIONS: Record<Action, { label: string; field: string; body: (text: string) => object }> = {
  assign: { label: 'Assign', field: 'Assignee', body: (assignee) => ({ assignee }) },
  notes: { label: 'Add note', field: 'Note', body: (text) => ({ text }) },
  resolve: { label: 'Resolve', field: 'Resolution', body: (resolution) => ({ resolution }) },
  dismiss: { label: 'Dismiss', field: 'Reason', body: (reason) => ({ reason }) },
};

/** The workbench over every process app's exception cases, with their history and dead letters. */
export function ExceptionsPage() {
  const { params } = useRoute();
  const filters = {
    status: params.get('status') ?? 'open',
    reason: params.get('reason') ?? '',
    ownerGroup: params.get('ownerGroup') ?? '',
    slaBreached: params.get('slaBreached') ?? '',
    sort: params.get('sort') ?? 'createdAt',
    order: params.get('order') ?? 'desc',
  };
  const [cursors, setCursors] = useState<string[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const client = useQueryClient();
  const query: Query = {
    limit: PAGE,
    cursor: cursors.at(-1),
    status: (filters.status || undefined) as Query['status'],
    reason: (filters.reason || undefined) as Query['reason'],
    ownerGroup: (filters.ownerGroup || undefined) as Query['ownerGroup'],
    slaBreached: filters.slaBreached ? filters.slaBreached === 'true' : undefined,
    sort: filters.sort as Query['sort'],
    order: filters.order as Query['order'],
  };
  const list = useQuery({
    queryKey: ['exceptions', query],
    queryFn: () => ok(api.GET('/exceptions', { params: { query } })),
  });
  const setFilter = (name: string, value: string) => {
    setCursors([]);
    setSelected(new Set());
    window.location.hash = href('exceptions', {
      ...filters,
      [name]: value,
      id: params.get('id') ?? undefined,
    });
  };
  const refresh = () => client.invalidateQueries({ queryKey: ['exceptions'] });
  const open = params.get('id');

  return (
    <>
      <h1>Exceptions</h1>
      <form className="toolbar" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
        <Field label="Status">
          <select
            value={filters.status}
            onChange={(event) => setFilter('status', event.target.value)}
          >
            <option value="">any</option>
            {STATUSES.map((status) => (
              <option key={status}>{status}</option>
            ))}
          </select>
        </Field>
        <Field label="Reason">
          <select
            value={filters.reason}
            onChange={(event) => setFilter('reason', event.target.value)}
          >
            <option value="">any</option>
            {REASONS.map((reason) => (
              <option key={reason}>{reason}</option>
            ))}
          </select>
        </Field>
        <Field label="Owner group">
          <select
            value={filters.ownerGroup}
            onChange={(event) => setFilter('ownerGroup', event.target.value)}
          >
            <option value="">any</option>
            {OWNERS.map((owner) => (
              <option key={owner}>{owner}</option>
            ))}
          </select>
        </Field>
        <Field label="SLA">
          <select
            value={filters.slaBreached}
            onChange={(event) => setFilter('slaBreached', event.target.value)}
          >
            <option value="">any</option>
            <option value="true">past SLA</option>
            <option value="false">within SLA</option>
          </select>
        </Field>
        <Field label="Sort by">
          <select value={filters.sort} onChange={(event) => setFilter('sort', event.target.value)}>
            <option value="createdAt">raised</option>
            <option value="slaDueAt">SLA due</option>
          </select>
        </Field>
        <Field label="Order">
          <select
            value={filters.order}
            onChange={(event) => setFilter('order', event.target.value)}
          >
            <option value="desc">newest first</option>
            <option value="asc">oldest first</option>
          </select>
        </Field>
      </form>
      <BulkActions
        ids={[...selected]}
        done={() => {
          setSelected(new Set());
          void refresh();
        }}
      />
      <Loaded query={list} what="exceptions" empty={(page) => page.items.length === 0}>
        {(page) => (
          <>
            <div className="table-wrap" tabIndex={0} role="region" aria-label="Exception cases">
              <table className="exceptions">
                <caption className="sr-only">Exception cases</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label="Select every case on this page"
                        checked={
                          page.items.length > 0 && page.items.every((item) => selected.has(item.id))
                        }
                        onChange={(event) =>
                          setSelected(
                            new Set(event.target.checked ? page.items.map((item) => item.id) : []),
                          )
                        }
                      />
                    </th>
                    <th scope="col">Reason</th>
                    <th scope="col">What</th>
                    <th scope="col">Status</th>
                    <th scope="col">Owner</th>
                    <th scope="col">SLA due</th>
                    <th scope="col">Raised</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((item) => (
                    <tr
                      key={item.id}
                      data-exception={item.id}
                      className={breached(item) ? 'breached' : undefined}
                    >
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Select ${item.reasonCode} of ${item.subjectType} ${item.subjectId}`}
                          checked={selected.has(item.id)}
                          onChange={(event) => {
                            const next = new Set(selected);
                            if (event.target.checked) next.add(item.id);
                            else next.delete(item.id);
                            setSelected(next);
                          }}
                        />
                      </td>
                      <td>
                        <a href={href('exceptions', { ...filters, id: item.id })}>
                          {item.reasonCode}
                        </a>
                      </td>
                      <td>
                        <span className="muted">
                          {item.app.replace('process-', '')} · {item.flow} · {item.subjectType}
                        </span>{' '}
                        {item.subjectId}
                        <div className="message">{item.message}</div>
                      </td>
                      <td>
                        <span className={`status status-${item.status}`}>{item.status}</span>
                        {item.assignee && <div className="muted">{item.assignee}</div>}
                      </td>
                      <td>{item.ownerGroup}</td>
                      <td>
                        {when(item.slaDueAt)}
                        {breached(item) && <strong className="flag"> past SLA</strong>}
                      </td>
                      <td>{when(item.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label="Pages of exceptions">
              <button
                type="button"
                disabled={cursors.length === 0}
                onClick={() => setCursors(cursors.slice(0, -1))}
              >
                Previous page
              </button>
              <span>Page {cursors.length + 1}</span>
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
      {open && <ExceptionDetail id={open} />}
      <DeadLetters />
    </>
  );
}

function BulkActions({ ids, done }: { ids: string[]; done: () => void }) {
  const [action, setAction] = useState<Action>('assign');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState('');
  const act = useMutation({
    mutationFn: async () => {
      const failures: unknown[] = [];
      for (const id of ids) {
        const params = { path: { id }, header: idempotency() };
        const body = ACTIONS[action].body(text) as never;
        try {
          await ok(
            api.POST(`/exceptions/{id}/${action}` as '/exceptions/{id}/assign', { params, body }),
          );
        } catch (error) {
          failures.push(error);
        }
      }
      if (failures.length > 0) throw failures[0];
      return ids.length;
    },
    onSuccess: (count) => {
      setOutcome(`${ACTIONS[action].label}: done for ${count} case(s).`);
      setText('');
      done();
    },
    onSettled: () => done(),
  });
  const retry = useMutation({
    mutationFn: async () => {
      const batch = await ok(
        api.POST('/exceptions/retries', { params: { header: idempotency() }, body: { ids } }),
      );
      for (;;) {
        const state = await ok(
          api.GET('/exceptions/retries/{batchId}', { params: { path: { batchId: batch.id } } }),
        );
        const refusals = (state.items ?? [])
          .filter((item) => item.status !== 'pending' && item.status !== 'retried')
          .map((item) =>
            ` ${item.exception}: ${item.code ?? item.status} ${item.detail ?? ''}`.trimEnd(),
          );
        setOutcome(
          `Retrying ${state.requested}: ${state.counts.retried} retried, ${state.counts.refused} refused, ${state.counts.pending} pending.` +
            refusals.join(';'),
        );
        if (state.done) return state;
        await new Promise((resume) => setTimeout(resume, 500));
      }
    },
    onSettled: () => done(),
  });
  const busy = act.isPending || retry.isPending;
  return (
    <form
      className="card bulk"
      aria-label="Act on the selected cases"
      onSubmit={(event) => {
        event.preventDefault();
        setOutcome('');
        act.mutate();
      }}
    >
      <p>
        <strong>{ids.length}</strong> selected
      </p>
      <button type="button" disabled={ids.length === 0 || busy} onClick={() => retry.mutate()}>
        Retry selected
      </button>
      <Field label="Action">
        <select value={action} onChange={(event) => setAction(event.target.value as Action)}>
          {(Object.keys(ACTIONS) as Action[]).map((name) => (
            <option key={name} value={name}>
              {ACTIONS[name].label}
            </option>
          ))}
        </select>
      </Field>
      <Field label={ACTIONS[action].field}>
        <input value={text} onChange={(event) => setText(event.target.value)} required />
      </Field>
      <button type="submit" disabled={ids.length === 0 || busy}>
        {ACTIONS[action].label} selected
      </button>
      <p role="status" aria-live="polite" className="outcome">
        {outcome}
      </p>
      {act.isError && <ProblemView error={act.error} />}
      {retry.isError && <ProblemView error={retry.error} />}
    </form>
  );
}

function ExceptionDetail({ id }: { id: string }) {
  const detail = useQuery({
    queryKey: ['exceptions', 'one', id],
    queryFn: () => ok(api.GET('/exceptions/{id}', { params: { path: { id } } })),
  });
  return (
    <Section title="Case history">
      <Loaded query={detail} what="the case">
        {(item) => (
          <div className="detail">
            <p>
              <strong>{item.reasonCode}</strong> · {item.status} · {item.attempts} attempt(s) ·{' '}
              {item.message}
            </p>
            {item.resolution && <p>Resolution: {item.resolution}</p>}
            <h3>Notes</h3>
            {(item.notes ?? []).length === 0 ? (
              <Empty>No notes yet.</Empty>
            ) : (
              <ul>
                {item.notes!.map((note) => (
                  <li key={note.id}>
                    {when(note.createdAt)} · {note.author}: {note.text}
                  </li>
                ))}
              </ul>
            )}
            <h3>Audit trail</h3>
            <ol className="timeline">
              {(item.audit ?? []).map((entry, index) => (
                <li key={index}>
                  <time dateTime={entry.at}>{when(entry.at)}</time> <strong>{entry.action}</strong>{' '}
                  by {entry.actor}
                </li>
              ))}
            </ol>
          </div>
        )}
      </Loaded>
    </Section>
  );
}

function DeadLetters() {
  const client = useQueryClient();
  const letters = useQuery({
    queryKey: ['dead-letters'],
    queryFn: () => ok(api.GET('/dead-letters', { params: { query: { limit: 25 } } })),
  });
  const replay = useMutation({
    mutationFn: (id: string) =>
      ok(
        api.POST('/dead-letters/{id}/replay', { params: { path: { id }, header: idempotency() } }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ['dead-letters'] }),
  });
  return (
    <Section title="Dead letters">
      {replay.isError && <ProblemView error={replay.error} />}
      {replay.isSuccess && (
        <p role="status">
          Replayed as job {replay.data.jobId} on {replay.data.queue}.
        </p>
      )}
      <Loaded query={letters} what="dead letters" empty={(page) => page.items.length === 0}>
        {(page) => (
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Jobs and messages that ran out of attempts"
          >
            <table>
              <caption className="sr-only">Jobs and messages that ran out of attempts</caption>
              <thead>
                <tr>
                  <th scope="col">Queue</th>
                  <th scope="col">Job</th>
                  <th scope="col">Why</th>
                  <th scope="col">Failed</th>
                  <th scope="col">
                    <span className="sr-only">Replay</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((letter) => (
                  <tr key={letter.id}>
                    <td>
                      {letter.app.replace('process-', '')} · {letter.queue}
                    </td>
                    <td>
                      {letter.jobName} ({letter.attempts} attempts)
                    </td>
                    <td>{letter.reason ?? '—'}</td>
                    <td>{when(letter.failedAt)}</td>
                    <td>
                      <button
                        type="button"
                        disabled={replay.isPending}
                        onClick={() => replay.mutate(letter.id)}
                      >
                        Replay {letter.jobName}
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
