import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { aTempFolder } from '@schakel/event-store/testing';
import { parseSignedLogCheckpoint, signLogCheckpoint, isSignedBy } from './log-checkpoint';
import { generateSigningKey } from './signing-key';
import { fileWitness, publishToWitnesses, readWitnessFile, webhookWitness, WitnessError } from './witness';

const key = generateSigningKey();
const first = signLogCheckpoint({ treeSize: 3, rootHash: 'a'.repeat(64), issuedAt: '2026-12-01T10:00:00.000Z', store: 'sqlite' }, null, key);
const second = signLogCheckpoint({ treeSize: 9, rootHash: 'b'.repeat(64), issuedAt: '2026-12-01T11:00:00.000Z', store: 'sqlite' }, first, key);

describe('witnesses', () => {
  const folder = aTempFolder('schakel-witness-');
  afterAll(() => folder.remove());

  it('a file witness appends one JSON line per checkpoint, read back signed and in order', async () => {
    const file = folder.file('witness.jsonl');
    const witness = fileWitness(file);
    await witness.publish(first);
    await witness.publish(second);
    const kept = readWitnessFile(file);
    expect(kept).toEqual([first, second]);
    expect(kept.every((c) => isSignedBy(c, key.publicKey))).toBe(true);
  });

  it('names the line of a witness file that is not a checkpoint', () => {
    const file = folder.file('bad.jsonl');
    writeFileSync(file, JSON.stringify(first) + '\n{"checkpoint": {}, "signature": "x"}\n');
    expect(() => readWitnessFile(file)).toThrow(new WitnessError(`${file} line 2 is not a signed log checkpoint`));
    expect(() => readWitnessFile(folder.file('absent.jsonl'))).toThrow(/cannot read the witness file/);
  });

  describe('a webhook witness', () => {
    let server: Server;
    let url: string;
    const received: { method?: string; type?: string; body: string }[] = [];
    let status = 204;

    beforeAll(async () => {
      server = createServer((request: IncomingMessage, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        request.on('end', () => {
          received.push({ method: request.method, type: request.headers['content-type'], body });
          response.writeHead(status).end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/checkpoints`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('POSTs the signed checkpoint as JSON', async () => {
      await webhookWitness(url).publish(second);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ method: 'POST', type: 'application/json' });
      expect(parseSignedLogCheckpoint(JSON.parse(received[0].body))).toEqual(second);
    });

    it('reports a refusal without keeping the other witnesses from theirs', async () => {
      status = 500;
      const file = folder.file('beside-webhook.jsonl');
      const results = await publishToWitnesses([webhookWitness(url), fileWitness(file)], first);
      status = 204;
      expect(results).toEqual([
        { witness: `webhook:${new URL(url).origin}`, error: `the witness at ${new URL(url).origin} answered 500` },
        { witness: `file:${file}`, error: null },
      ]);
      expect(readWitnessFile(file)).toEqual([first]);
    });
  });
});
