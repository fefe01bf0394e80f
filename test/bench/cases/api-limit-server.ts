import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { takePeakRss } from '../peak-memory';
import type { LimitRequest } from './api-limit';

/*
 * The API's own limit (issue 16): a bare Node HTTP server that reads a POSTed JSON body, parses it,
 * and stores it with one better-sqlite3 INSERT (its own transaction, so one fsync: WAL with
 * synchronous = FULL, as the stores run), then answers 200 with a small JSON. No GraphQL, no token,
 * no hash, no read models: what any API on this machine, disk and driver pays per mutation.
 * GET answers the number of rows, so the bench can check that every answer stored one.
 */
const db = new Database(process.argv[2]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS requests (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, received_at TEXT NOT NULL, body TEXT NOT NULL)');
const insert = db.prepare<[string, string, string]>('INSERT INTO requests (id, received_at, body) VALUES (?, ?, ?)');
const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM requests');

const server = createServer((request, response) => {
  const answer = (status: number, body: string) => {
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
  if (request.method === 'GET') return answer(200, JSON.stringify({ rows: count.get()!.n }));
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let parsed: { variables?: unknown };
    try {
      parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: unknown };
    } catch {
      return answer(400, '{"errors":[{"message":"not JSON"}]}');
    }
    const id = randomUUID();
    const { lastInsertRowid } = insert.run(id, new Date().toISOString(), JSON.stringify(parsed.variables ?? parsed));
    answer(200, JSON.stringify({ data: { stored: { id, position: Number(lastInsertRowid) } } }));
  });
});

server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));

process.on('message', (request: LimitRequest) => {
  if (request.op === 'peak') return process.send!(takePeakRss());
  server.close(() => {
    db.close();
    process.send!({ closed: true }, () => process.exit(0));
  });
  server.closeAllConnections();
});
