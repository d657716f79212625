import { useSyncExternalStore } from 'react';

/** The page and its filters live in the hash (`#/exceptions?status=open`): never a token. */
export interface Route {
  page: string;
  params: URLSearchParams;
}

function parse(): Route {
  const [path, query] = window.location.hash.replace(/^#\/?/, '').split('?');
  return { page: path || 'dashboard', params: new URLSearchParams(query ?? '') };
}

let route = parse();
window.addEventListener('hashchange', () => {
  route = parse();
});

export function useRoute(): Route {
  return useSyncExternalStore(
    (listener) => {
      const onChange = () => {
        route = parse();
        listener();
      };
      window.addEventListener('hashchange', onChange);
      return () => window.removeEventListener('hashchange', onChange);
    },
    () => route,
  );
}

export function href(page: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => !!entry[1]),
  ).toString();
  return `#/${page}${query ? `?${query}` : ''}`;
}
