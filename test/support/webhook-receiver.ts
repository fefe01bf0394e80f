import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = 'ok' | 'fail' | 'hang';

export interface Received {
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly answered: Behaviour;
}

/**
 * A real HTTP receiver for webhook tests: each request takes the next behaviour from the script
 * (then 'ok'): answer 204, answer 500, or never answer (the sender must time out).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  private readonly hanging: ServerResponse[] = [];
  private server: Server | null = null;
  port = 0;

  constructor(private readonly script: Behaviour[] = []) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const answered = this.script.shift() ?? 'ok';
        this.received.push({ headers: req.headers, body, answered });
        if (answered === 'ok') res.writeHead(204).end();
        else if (answered === 'fail') res.writeHead(500, { 'content-type': 'text/plain' }).end('down for maintenance');
        else this.hanging.push(res);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(path = '/hooks/schakel'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Requests answered 204, waiting up to `timeoutMs` for at least `count` of them. */
  async delivered(count = 1, timeoutMs = 10_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ok = this.received.filter((r) => r.answered === 'ok');
      if (ok.length >= count) return ok;
      if (Date.now() > deadline) throw new Error(`webhook receiver had ${ok.length} good deliveries (of ${this.received.length} requests), wanted ${count}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    }
  }
}
