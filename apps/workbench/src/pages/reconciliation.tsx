import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotency, money, ok, when, type Schemas } from '../api';
import { Empty, Field, Loaded, ProblemView, Section } from '../components';
import { LegalEntityOptions } from '../legal-entities';
import { lastMonth } from '../period';
import { href } from '../router';

type Figure = Schemas['ReconciliationFigureDto'];
type Line = Schemas['ReconciliationLineDto'];

const SIDES = ['psa', 'ledger', 'erp', 'billed', 'invoiced', 'paid'] as const;
const SIDE_NAMES: Record<(typeof SIDES)[number], string> = {
  psa: 'PSA approved',
  ledger: 'Ledger',
  erp: 'ERP posted',
  billed: 'Billed',
  invoiced: 'Invoiced',
  paid: 'Paid',
};

const figure = (value?: Figure) =>
  value
    ? `${value.count}${value.hours ? ` · ${value.hours} h` : ''}${value.amount ? ` · ${money(value.amount)}` : ''}`
    : '—';

/** A legal entity's month side by side: the PSA, the ledger, the ERP, billing and payments. */
export function ReconciliationPage() {
  const [legalEntity, setLegalEntity] = useState('');
  const [period, setPeriod] = useState(lastMonth());
  const [asked, setAsked] = useState<{ legalEntity: string; period: string }>();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['reconciliations', asked],
    enabled: !!asked,
    queryFn: () => ok(api.GET('/reconciliations', { params: { query: { ...asked!, limit: 1 } } })),
  });
  const latest = list.data?.items[0];
  const detail = useQuery({
    queryKey: ['reconciliations', 'one', latest?.id],
    enabled: !!latest,
    queryFn: () => ok(api.GET('/reconciliations/{id}', { params: { path: { id: latest!.id } } })),
    refetchInterval: (state) => (state.state.data?.status === 'running' ? 1_000 : false),
  });
  const start = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/reconciliations', {
          params: { header: idempotency() },
          body: { legalEntity, period },
        }),
      ),
    onSuccess: () => {
      setAsked({ legalEntity, period });
      void client.invalidateQueries({ queryKey: ['reconciliations'] });
    },
  });
  return (
    <>
      <h1>Reconciliation</h1>
      <form
        className="card toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          setAsked({ legalEntity, period });
        }}
      >
        <Field label="Legal entity">
          <input
            value={legalEntity}
            onChange={(event) => setLegalEntity(event.target.value)}
            list="recon-entities"
            required
          />
        </Field>
        <LegalEntityOptions id="recon-entities" />
        <Field label="Period (YYYY-MM)">
          <input
            value={period}
            onChange={(event) => setPeriod(event.target.value)}
            pattern="\d{4}-\d{2}"
            required
          />
        </Field>
        <button type="submit">Show the latest</button>
        <button
          type="button"
          className="secondary"
          disabled={start.isPending || !legalEntity}
          onClick={() => start.mutate()}
        >
          Reconcile now
        </button>
      </form>
      {start.isError && <ProblemView error={start.error} />}
      {asked && (
        <Loaded query={list} what="reconciliations">
          {() =>
            !latest ? (
              <Empty>
                {asked.legalEntity} {asked.period} has not been reconciled yet: use “Reconcile now”.
              </Empty>
            ) : (
              <Loaded query={detail} what="the reconciliation">
                {(recon) => (
                  <Section title={`${recon.legalEntity} ${recon.period}`}>
                    <p>
                      <span className={`status status-${recon.status}`}>{recon.status}</span> ·{' '}
                      {recon.differences} difference(s) · started {when(recon.createdAt)} by{' '}
                      {recon.requestedBy}
                    </p>
                    {recon.lastError && <p className="problem">{recon.lastError}</p>}
                    <Lines lines={recon.lines} />
                  </Section>
                )}
              </Loaded>
            )
          }
        </Loaded>
      )}
    </>
  );
}

function Lines({ lines }: { lines: Line[] }) {
  if (lines.length === 0)
    return <Empty>Nothing was approved, posted or billed in this period.</Empty>;
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label="Each side’s figures per project and type; rows that differ are highlighted"
    >
      <table>
        <caption className="sr-only">
          Each side’s figures per project and type; rows that differ are highlighted
        </caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            {SIDES.map((side) => (
              <th key={side} scope="col">
                {SIDE_NAMES[side]}
              </th>
            ))}
            <th scope="col">Differences</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr
              key={`${line.project}-${line.type}-${line.currency}`}
              className={line.differences.length ? 'differs' : undefined}
            >
              <th scope="row">
                {line.project}
                <div className="muted">
                  {line.type} · {line.currency}
                </div>
              </th>
              {SIDES.map((side) => (
                <td key={side}>{figure(line[side])}</td>
              ))}
              <td>
                {line.differences.length === 0
                  ? 'none'
                  : line.differences.map((difference, index) => (
                      <div key={index}>
                        <strong>{difference.issue}</strong> {difference.comparison}:{' '}
                        {difference.detail}{' '}
                        {difference.exception && (
                          <a href={href('exceptions', { status: '', id: difference.exception })}>
                            the exception
                          </a>
                        )}
                      </div>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
