import { CombinedGraphQLErrors } from '@apollo/client';

/** The API's stable reason (extensions.reason or code) and human message of a failed request. */
export function reasonOf(error: unknown): { code: string; reason: string | null; message: string } | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as { code?: string; reason?: string };
    return { code: ext.code ?? 'ERROR', reason: ext.reason ?? null, message: first?.message ?? String(error) };
  }
  return { code: 'NETWORK', reason: null, message: error instanceof Error ? error.message : String(error) };
}
