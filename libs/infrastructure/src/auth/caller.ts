/** Roles a token can carry. A role says what a caller may do for its party, never which party. */
export const ROLES = ['ADMIN', 'MANAGER', 'WORKER', 'INSPECTOR'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated caller of a request, from the verified token only. */
export interface Caller {
  readonly userId: string;
  readonly partyId: string | null;
  readonly role: Role;
  readonly workerId: string | null;
  /** Set when the caller came with a session cookie (a signed-in person), not a bearer token. */
  readonly sessionId?: string | null;
}
