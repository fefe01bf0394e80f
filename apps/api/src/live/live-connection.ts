import type { Caller } from '@schakel/infrastructure';

/** A client's WebSocket connection, as the live feed and the subscription resolvers see it. */
export interface LiveConnection {
  /** The connection's caller, verified anew on every call (a revoked session is refused at once). */
  caller(): Promise<Caller>;
  /** Ends the connection because its caller was refused (4401 or 4403, with the reason). */
  refuse(error: unknown): void;
  /** Subscriptions open on this connection. */
  subscriptions: number;
}
