import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getOperationAST, GraphQLError, parse, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { type Context } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { ApiError } from '@schakel/application';
import { APP_CONFIG, type AppConfig, type Caller } from '@schakel/infrastructure';
import { RequestCaller } from '../auth/request-caller';
import { formatGraphqlError } from '../errors/format-graphql-error';
import type { LiveConnection } from './live-connection';
import { serveGraphqlWs, type SocketExtra } from './graphql-ws-glue';

/** The GraphQL endpoint, where browsers also open the WebSocket (the `graphql-transport-ws` protocol). */
const PATH = '/graphql';
/** The largest message a client may send over the socket. */
const MAX_MESSAGE_BYTES = 64 * 1024;
/** Subscriptions one connection may hold at once. */
const MAX_SUBSCRIPTIONS_PER_CONNECTION = 10;
/** Connections one caller (person or token, for one party) may hold at once. */
const MAX_CONNECTIONS_PER_CALLER = 10;

type Extra = SocketExtra & { live?: LiveConnection & { key?: string } };
type LiveContext = Context<Record<string, unknown>, Extra>;

/**
 * Live updates over WebSocket on /graphql (graphql-ws): subscriptions only — queries and mutations
 * stay on HTTP with its limits. The caller is verified when the connection opens (a bearer token in
 * `connectionParams.authorization`, or the session cookie of a page of this site) and again for every
 * subscription and every update it receives. Bounded: message size, subscriptions per connection,
 * connections per caller, and the parser's token limit.
 */
@Injectable()
export class LiveServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private wss: WebSocketServer | null = null;
  private readonly perCaller = new Map<string, number>();

  constructor(
    private readonly http: HttpAdapterHost,
    private readonly modules: ModuleRef,
    private readonly callers: RequestCaller,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // the GraphQL module's, built by now
    const schema = this.modules.get(GraphQLSchemaHost, { strict: false }).schema;
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
    this.wss = wss;
    this.http.httpAdapter.getHttpServer().on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (new URL(req.url ?? '/', 'http://localhost').pathname !== PATH) return void socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    });
    serveGraphqlWs<Extra>(
      {
        schema,
        onConnect: (ctx) => this.connect(ctx),
        onSubscribe: (ctx, _id, payload) => this.operation(schema, ctx, payload),
        onNext: (_ctx, _id, _payload, _args, result) => ({ ...result, errors: result.errors?.map((e) => formatGraphqlError(e.toJSON(), e)) }),
        // the socket's own refusals carry their reason already; the rest are mapped like HTTP's
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => (e.extensions?.reason ? e.toJSON() : formatGraphqlError(e.toJSON(), e))),
        onClose: (ctx) => this.disconnect(ctx),
      },
      wss,
      (base) => ({ ...base }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.close(1001, 'Going away');
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }

  /** Verifies the caller; a refusal closes the socket (4401 or 4403) with the reason. */
  private async connect(ctx: LiveContext): Promise<boolean> {
    const params = ctx.connectionParams ?? {};
    const verify = () => this.callers.ofSocket(ctx.extra.request, params);
    let caller: Caller;
    try {
      caller = await verify();
    } catch (error) {
      closeFor(ctx.extra.socket, error);
      return true; // the socket is closed already; graphql-ws sends nothing more
    }
    const key = callerKey(caller);
    const open = this.perCaller.get(key) ?? 0;
    if (open >= MAX_CONNECTIONS_PER_CALLER) {
      ctx.extra.socket.close(4429, `At most ${MAX_CONNECTIONS_PER_CALLER} live connections at once: close one first.`);
      return true;
    }
    this.perCaller.set(key, open + 1);
    const socket = ctx.extra.socket;
    ctx.extra.live = {
      subscriptions: 0,
      caller: verify,
      // the error reaches the client first, then the socket closes
      refuse: (error) => void setTimeout(() => closeFor(socket, error), 100).unref(),
      key,
    };
    return true;
  }

  private disconnect(ctx: LiveContext): void {
    const key = ctx.extra.live?.key;
    if (!key) return;
    const open = (this.perCaller.get(key) ?? 1) - 1;
    if (open <= 0) this.perCaller.delete(key);
    else this.perCaller.set(key, open);
  }

  /** Parses and checks one operation: a subscription, within the limits; the context carries the connection. */
  private operation(schema: GraphQLSchema, ctx: LiveContext, payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }): ExecutionArgs | readonly GraphQLError[] {
    const live = ctx.extra.live;
    if (!live || ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return [refusal('LIVE_NOT_CONNECTED', 'The connection was refused: connect again.')];
    if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
      return [refusal('LIVE_SUBSCRIPTION_LIMIT', `At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions on one connection: complete one first.`)];
    }
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: this.config.limits.maxTokens });
    } catch (error) {
      return [error instanceof GraphQLError ? withCode(error, 'GRAPHQL_PARSE_FAILED') : refusal('GRAPHQL_PARSE_FAILED', 'The operation could not be read.')];
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return invalid.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (operation?.operation !== 'subscription') {
      return [refusal('LIVE_SUBSCRIPTIONS_ONLY', 'Only subscriptions are served over the WebSocket: send queries and mutations over HTTP.')];
    }
    // every subscription asks who the caller is now (the guards await it)
    const callerPending = live.caller();
    callerPending.catch(() => undefined);
    return {
      schema,
      document,
      operationName: payload.operationName ?? undefined,
      variableValues: payload.variables ?? undefined,
      contextValue: { req: { callerPending, correlationId: null, header: () => undefined }, live },
    };
  }
}

/** The stable code of a refusal, in the close reason (at most 123 bytes) for the client to show. */
function closeFor(socket: WebSocket, error: unknown): void {
  if (socket.readyState !== socket.OPEN) return;
  const api = error instanceof ApiError ? error : null;
  const code = api?.code === 'UNAUTHENTICATED' ? 4401 : 4403;
  const reason = api ? `${api.code}/${api.reason}: ${api.message}` : 'Forbidden';
  socket.close(code, Buffer.from(reason).subarray(0, 123).toString('utf8').replace(/\uFFFD$/, ''));
}

function callerKey(caller: Caller): string {
  return `${caller.sessionId ?? caller.userId}|${caller.partyId ?? ''}`;
}

function refusal(reason: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason } });
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}
