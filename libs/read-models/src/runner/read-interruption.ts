/**
 * What may stop a read between its SQL queries: the API's per-request budget (it throws once the
 * request has run too long or its client has left). Structurally the domain's `Interruption` and an
 * AbortSignal's `throwIfAborted`.
 */
export type ReadInterruption = { throwIfAborted(): void };

/** Where a query class finds the interruption of the read in progress (none: the read runs to the end). */
export type ReadInterruptionSource = () => ReadInterruption | undefined;

export const NO_INTERRUPTION: ReadInterruptionSource = () => undefined;
