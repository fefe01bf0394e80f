import type { IncomingMessage } from 'node:http';
import { handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/** How often an idle connection is pinged; one that does not answer in as long is dropped. */
const KEEP_ALIVE_MS = 12_000;

export type SocketExtra = { socket: WebSocket; request: IncomingMessage };

/**
 * graphql-ws's server on a `ws` WebSocketServer (what its `use/ws` does, which this project's module
 * resolution cannot import): the protocol check, keep-alive pings, and messages in and out. An
 * internal error closes that socket with 4500 and no details.
 */
export function serveGraphqlWs<E extends SocketExtra>(options: ServerOptions<Record<string, unknown>, E>, wss: WebSocketServer, extra: (base: SocketExtra) => E): void {
  const server = makeServer<Record<string, unknown>, E>(options);
  wss.options.handleProtocols = (protocols: Set<string>) => handleProtocols(protocols);
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', () => socket.close(4500, 'Internal server error'));
    let pongWait: NodeJS.Timeout | null = null;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once('pong', () => {
        if (pongWait) clearTimeout(pongWait);
        pongWait = null;
      });
      socket.ping();
    }, KEEP_ALIVE_MS);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', (data: Buffer) => {
            cb(String(data)).catch(() => socket.close(4500, 'Internal server error'));
          }),
      },
      extra({ socket, request }),
    );
    socket.once('close', (code, reason) => {
      if (pongWait) clearTimeout(pongWait);
      clearInterval(ping);
      void closed(code, String(reason));
    });
  });
}
