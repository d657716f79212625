import { useQuery } from '@tanstack/react-query';
import { api, money, ok } from '../api';
import { Loaded, Section } from '../components';

/** A partner's own customers' projects, invoices and time: nothing of the firm's internals. */
export function PartnerPage() {
  const projects = useQuery({
    queryKey: ['partner', 'projects'],
    queryFn: () => ok(api.GET('/partner/projects', { params: { query: { limit: 100 } } })),
  });
  const invoices = useQuery({
    queryKey: ['partner', 'invoices'],
    queryFn: () => ok(api.GET('/partner/invoices', { params: { query: { limit: 100 } } })),
  });
  const time = useQuery({
    queryKey: ['partner', 'time-status'],
    queryFn: () => ok(api.GET('/partner/time-status', { params: { query: { limit: 100 } } })),
  });
  return (
    <>
      <h1>Your projects</h1>
      <Section title="Projects">
        <Loaded query={projects} what="projects" empty={(page) => page.items.length === 0}>
          {(page) => (
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label="Your customers’ projects"
            >
              <table>
                <caption className="sr-only">Your customers’ projects</caption>
                <thead>
                  <tr>
                    <th scope="col">Project</th>
                    <th scope="col">Customer</th>
                    <th scope="col">Status</th>
                    <th scope="col">Contract</th>
                    <th scope="col">Dates</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((project) => (
                    <tr key={project.project} data-project={project.project}>
                      <th scope="row">
                        {project.name ?? project.project}
                        <div className="muted">{project.project}</div>
                      </th>
                      <td>{project.customer ?? '—'}</td>
                      <td>{project.status}</td>
                      <td>
                        {money(project.contractValue)}{' '}
                        {project.billingModel && (
                          <span className="muted">{project.billingModel}</span>
                        )}
                      </td>
                      <td>
                        {project.startDate ?? '—'} – {project.endDate ?? '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Loaded>
      </Section>
      <Section title="Invoices">
        <Loaded query={invoices} what="invoices" empty={(page) => page.items.length === 0}>
          {(page) => (
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label="Invoices for your customers’ projects"
            >
              <table>
                <caption className="sr-only">Invoices for your customers’ projects</caption>
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
                  {page.items.map((invoice) => (
                    <tr key={invoice.invoice}>
                      <th scope="row">{invoice.number ?? invoice.invoice}</th>
                      <td>
                        {invoice.project} · {invoice.period}
                      </td>
                      <td>{money(invoice.total)}</td>
                      <td>
                        {invoice.paymentStatus} · {money(invoice.amountPaid)} paid
                      </td>
                      <td>{invoice.dueDate ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Loaded>
      </Section>
      <Section title="Time status">
        <Loaded query={time} what="time" empty={(page) => page.items.length === 0}>
          {(page) => (
            <div
              className="table-wrap"
              tabIndex={0}
              role="region"
              aria-label="Approved time per project and how far it got"
            >
              <table>
                <caption className="sr-only">Approved time per project and how far it got</caption>
                <thead>
                  <tr>
                    <th scope="col">Project</th>
                    <th scope="col">Approved</th>
                    <th scope="col">Pending</th>
                    <th scope="col">Posted</th>
                    <th scope="col">Blocked</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((status) => (
                    <tr key={status.project}>
                      <th scope="row">{status.name ?? status.project}</th>
                      {(
                        [status.approved, status.pending, status.posted, status.blocked] as const
                      ).map((tally, index) => (
                        <td key={index}>
                          {tally.entries} ({tally.hours} h)
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Loaded>
      </Section>
    </>
  );
}
