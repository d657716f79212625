import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, money, ok, when } from '../api';
import { Field, Loaded } from '../components';
import { href, useRoute } from '../router';

type Kind = 'time-entry' | 'expense' | 'invoice';

const STAGES: Record<string, string> = {
  entry: 'Approved in the PSA',
  posting: 'Posted to the ERP',
  'billing-event': 'Billed',
  invoice: 'Invoiced',
  payment: 'Paid',
};

/** Where a number came from: a time entry, expense or invoice followed across every system. */
export function LineagePage() {
  const { params } = useRoute();
  const asked: { kind: Kind; id: string } | undefined = params.get('invoice')
    ? { kind: 'invoice', id: params.get('invoice')! }
    : params.get('source')
      ? {
          kind: params.get('source')!.startsWith('psa:expense:') ? 'expense' : 'time-entry',
          id: params.get('source')!.replace(/^psa:(time-entry|expense):/, ''),
        }
      : undefined;
  const [kind, setKind] = useState<Kind>(asked?.kind ?? 'time-entry');
  const [id, setId] = useState(asked?.id ?? '');
  const chain = useQuery({
    queryKey: ['lineage', asked],
    enabled: !!asked,
    queryFn: () =>
      ok(
        api.GET('/lineage', {
          params: {
            query:
              asked!.kind === 'invoice'
                ? { invoice: asked!.id }
                : { source: `psa:${asked!.kind}:${asked!.id}` },
          },
        }),
      ),
  });
  return (
    <>
      <h1>Lineage</h1>
      <form
        className="card toolbar"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          window.location.hash =
            kind === 'invoice'
              ? href('lineage', { invoice: id.trim() })
              : href('lineage', { source: `psa:${kind}:${id.trim()}` });
        }}
      >
        <Field label="What to follow">
          <select value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            <option value="time-entry">a PSA time entry</option>
            <option value="expense">a PSA expense</option>
            <option value="invoice">an invoice (billing event id)</option>
          </select>
        </Field>
        <Field label="Id">
          <input value={id} onChange={(event) => setId(event.target.value)} required />
        </Field>
        <button type="submit">Show the chain</button>
      </form>
      {asked && (
        <section aria-labelledby="chain-title" className="card">
          <h2 id="chain-title">
            The chain of {asked.kind} {asked.id}
          </h2>
          <Loaded query={chain} what="the chain" empty={(data) => data.links.length === 0}>
            {(data) => (
              <ol className="timeline">
                {data.links.map((link) => (
                  <li key={`${link.stage}-${link.id}`} data-stage={link.stage}>
                    <strong>{STAGES[link.stage] ?? link.stage}</strong>{' '}
                    <span className={`status status-${link.status}`}>{link.status}</span>
                    <div>
                      {link.system} {link.type} {link.number ?? link.externalId ?? link.id}
                      {link.version ? ` (version ${link.version})` : ''}
                      {link.amount ? ` · ${money(link.amount)}` : ''}
                    </div>
                    <div className="muted">
                      <time dateTime={link.startedAt}>{when(link.startedAt)}</time>
                      {link.completedAt ? ` → ${when(link.completedAt)}` : ''}
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </Loaded>
        </section>
      )}
    </>
  );
}
