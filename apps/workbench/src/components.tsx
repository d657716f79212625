import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Problem } from './api';

/** A failure shown as the API worded it: title, detail, code and the id to quote to support. */
export function ProblemView({ error }: { error: unknown }) {
  const problem =
    error instanceof Problem
      ? error
      : new Problem(
          0,
          'The gateway could not be reached',
          String((error as Error)?.message ?? error),
        );
  return (
    <div className="problem" role="alert">
      <strong>{problem.title}</strong>
      {problem.detail && <p>{problem.detail}</p>}
      <small>
        {problem.status > 0 && <>HTTP {problem.status} </>}
        {problem.code && <code>{problem.code}</code>}
        {problem.correlationId && <> · correlation id {problem.correlationId}</>}
      </small>
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Loading, error and empty states around whatever a query answers. */
export function Loaded<T>({
  query,
  what,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  what: string;
  empty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) return <ProblemView error={query.error} />;
  if (empty?.(query.data)) return <Empty>No {what} to show.</Empty>;
  return <>{children(query.data)}</>;
}

/** One headline number, labelled; `name` lets tests and people find it. */
export function Figure({
  label,
  value,
  name,
  hint,
}: {
  label: string;
  value: ReactNode;
  name: string;
  hint?: string;
}) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd data-figure={name}>{value}</dd>
      {hint && <dd className="hint">{hint}</dd>}
    </div>
  );
}

export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="card">
      <header className="card-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

export interface Bar {
  label: string;
  value: number;
  shown?: string;
}

/** A horizontal bar chart with its numbers written out, so it reads without the picture. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  if (bars.length === 0) return <Empty>Nothing to chart for {title.toLowerCase()}.</Empty>;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.label}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ width: `${(bar.value / max) * 100}%` }} />
            </span>
            <span className="bar-value">{bar.shown ?? bar.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** A form field with its label tied to the control, so every control is named by it alone. */
export function Field({
  label,
  children,
}: {
  label: string;
  children: ReactElement<{ id?: string }>;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}
