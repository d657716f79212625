import { useQuery } from '@tanstack/react-query';
import { api, ok } from './api';

export const financeDashboardQuery = {
  queryKey: ['dashboards', 'finance'],
  queryFn: () => ok(api.GET('/dashboards/finance')),
};

/** The legal entities the finance dashboard knows, offered as suggestions wherever one is typed. */
export function LegalEntityOptions({ id }: { id: string }) {
  const dashboard = useQuery({ ...financeDashboardQuery, retry: false });
  const entities = new Set<string>();
  for (const list of [
    dashboard.data?.unbilled?.amounts ?? [],
    dashboard.data?.daysSalesOutstanding ?? [],
    dashboard.data?.invoiceReadinessLag ?? [],
  ])
    for (const item of list) entities.add(item.legalEntity);
  return (
    <datalist id={id}>
      {[...entities].sort().map((entity) => (
        <option key={entity} value={entity} />
      ))}
    </datalist>
  );
}
