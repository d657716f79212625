import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api, ok } from '../api';
import { Field, ProblemView } from '../components';
import { signIn } from '../session';

const ROLES = ['finance', 'delivery', 'admin', 'partner'] as const;
type DevRole = (typeof ROLES)[number];

/**
 * Paste a token from the firm's identity provider, or — where the gateway runs in development —
 * pick a role and get one. The token stays in this tab's session storage.
 */
export function SignInPage() {
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState('');
  const [role, setRole] = useState<DevRole>('finance');
  const [partnerId, setPartnerId] = useState('');
  const dev = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/dev/tokens', {
          body: { role, ...(role === 'partner' ? { partnerId } : {}) },
        }),
      ),
    onSuccess: (answer) => signIn(answer.token),
  });

  const usePasted = (event: FormEvent) => {
    event.preventDefault();
    if (!signIn(pasted)) setPasteError('That is not a JSON Web Token (three dot-separated parts).');
  };

  return (
    <main id="main" className="sign-in">
      <h1>Sign in to the finance workbench</h1>
      <form onSubmit={usePasted} className="card" aria-labelledby="paste-title">
        <h2 id="paste-title">With a token</h2>
        <Field label="Bearer token">
          <textarea
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            rows={4}
            required
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        {pasteError && (
          <p className="problem" role="alert">
            {pasteError}
          </p>
        )}
        <button type="submit">Sign in</button>
      </form>
      <form
        className="card"
        aria-labelledby="dev-title"
        onSubmit={(event) => {
          event.preventDefault();
          dev.mutate();
        }}
      >
        <h2 id="dev-title">In development: as a role</h2>
        <Field label="Role">
          <select value={role} onChange={(event) => setRole(event.target.value as DevRole)}>
            {ROLES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        {role === 'partner' && (
          <Field label="Partner id">
            <input
              value={partnerId}
              onChange={(event) => setPartnerId(event.target.value)}
              placeholder="PARTNER-ALPHA"
              required
            />
          </Field>
        )}
        {dev.isError && <ProblemView error={dev.error} />}
        <button type="submit" disabled={dev.isPending}>
          {dev.isPending ? 'Signing in…' : 'Get a development token'}
        </button>
      </form>
    </main>
  );
}
