/** Loading, empty and error states: every view shows one of these rather than a blank space. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

export function Loading({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div role="status" aria-live="polite" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton" style={{ width: `${90 - i * 15}%` }} />
      ))}
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

export function ErrorState({
  error,
  retry,
  title = 'That did not load',
}: {
  error: unknown;
  retry?: () => void;
  title?: string;
}) {
  const message =
    error instanceof ApiError
      ? error.problem.message
      : error instanceof Error
        ? error.message
        : 'Something went wrong.';
  // Retrying cannot fix a refusal, a missing page or invalid input: offer it only for the rest.
  const canRetry =
    retry && !(error instanceof ApiError && [400, 401, 403, 404, 409].includes(error.status));
  return (
    <div className="state-error" role="alert">
      <h2>{title}</h2>
      <p style={{ margin: 0 }}>{message}</p>
      {canRetry && (
        <button
          type="button"
          className="button button-secondary"
          style={{ marginTop: 10 }}
          onClick={retry}
        >
          Try again
        </button>
      )}
    </div>
  );
}
