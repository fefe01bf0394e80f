import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import Database from 'better-sqlite3';
import { NO_STREAM } from '@schakel/event-store';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import { aStreamId, aTempFolder, someNewEvents } from '@schakel/event-store/testing';
import { SIGNING_KEY_FILE, publicKeyOf, readSigningKey } from '@schakel/evidence';
import { runCli as cli } from '../support/run-cli';

describe('schakel checkpoint, verify, consistency-proof and verify-consistency', () => {
  const data = aTempFolder('schakel-checkpoints-data-');
  // The key and the witness's file live outside the data folder, as docs/operations.md advises.
  const elsewhere = aTempFolder('schakel-checkpoints-key-');
  const keyFile = elsewhere.file('signing-key.pem');
  const witnessFile = elsewhere.file('witness.jsonl');
  const publicKeyFile = elsewhere.file('public-key.pem');
  const env = {
    SQLITE_PATH: data.file('schakel.db'),
    LOG_LEVEL: 'silent',
    SCHAKEL_STORE: 'sqlite',
    SCHAKEL_SIGNING_KEY_FILE: keyFile,
    SCHAKEL_WITNESS_FILE: witnessFile,
  };
  const chain = aStreamId('chain');
  const party = aStreamId('party');

  async function append(streamId: string, count: number, expected: number): Promise<void> {
    const store = SqliteEventStore.open({ path: env.SQLITE_PATH });
    try {
      await store.append(streamId, someNewEvents(count), expected);
    } finally {
      await store.close();
    }
  }

  beforeAll(async () => {
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(publicKeyFile, publicKeyOf(readSigningKey(keyFile)).pem);
    await append(chain, 3, NO_STREAM);
    await append(party, 2, NO_STREAM);
  });
  afterAll(() => {
    data.remove();
    elsewhere.remove();
  });

  it('checkpoint signs the head with the key outside the data folder and appends it to the witness file', async () => {
    const { code, out } = await cli(env, 'checkpoint');
    expect(code).toBe(0);
    expect(out).toMatch(/^signed checkpoint of size 5, root [0-9a-f]{64}, issued \S+ by ed25519:[0-9a-f]{16}\n {2}file:.*witness\.jsonl: published\n$/);
    expect(existsSync(data.file(SIGNING_KEY_FILE))).toBe(false);
    expect(readFileSync(witnessFile, 'utf8').trim().split('\n')).toHaveLength(1);
    expect((await cli(env, 'checkpoint')).out).toMatch(/^unchanged since checkpoint of size 5/);
  });

  it('verify checks the log against its checkpoints and the witness', async () => {
    const { code, out } = await cli(env, 'verify', '--witness', witnessFile);
    expect(out).toBe('ok: 6 events in 3 streams verified (sqlite); 1 checkpoint(s), the latest of size 5 issued ' + JSON.parse(readFileSync(witnessFile, 'utf8')).checkpoint.issuedAt + '; 1 witness checkpoint(s) hold\n');
    expect(code).toBe(0);
  });

  it('consistency-proof proves to the holder of the old checkpoint that the grown log extends it', async () => {
    await append(chain, 2, 2);
    const old = elsewhere.file('old-checkpoint.json');
    writeFileSync(old, readFileSync(witnessFile, 'utf8').split('\n')[0]);
    const proofFile = elsewhere.file('proof.json');
    const made = await cli(env, 'consistency-proof', '--from', '5', '--out', proofFile);
    expect(made).toMatchObject({ code: 0, out: expect.stringMatching(/^wrote .*proof\.json: size 5 → 8, \d+ hashes/) });

    const checked = await cli({}, 'verify-consistency', old, proofFile, '--public-key', publicKeyFile);
    expect(checked.out).toMatch(/^ok: the log of size 8 extends the log of size 5, both heads signed by ed25519:[0-9a-f]{16}, the key given\n$/);
    expect(checked.code).toBe(0);
  });

  it('verify names the checkpoint after the last event of a stream it covered is deleted', async () => {
    const copy = elsewhere.file('tampered.db');
    const db = new Database(env.SQLITE_PATH);
    await db.backup(copy);
    db.close();
    const tampered = new Database(copy);
    tampered.exec('DROP TRIGGER events_no_delete');
    // The party stream's last event: position 5, the last the checkpoint covered.
    tampered.prepare('DELETE FROM events WHERE global_position = 5').run();
    tampered.close();

    const { code, out } = await cli({ ...env, SQLITE_PATH: copy }, 'verify');
    expect(code).toBe(1);
    expect(out).toContain('BROKEN: CHECKPOINT_ROOT_MISMATCH\n  checkpoint #1 of size 5');
    expect(out).toContain('BROKEN: POSITION_GAP\n  global position 5 is missing');
  });

  it('verify --witness catches a tail removed with its checkpoint and the sequence set back', async () => {
    expect((await cli(env, 'checkpoint')).out).toMatch(/^signed checkpoint of size 8/);
    const db = new Database(env.SQLITE_PATH);
    db.exec('DROP TRIGGER events_no_delete');
    db.prepare('DELETE FROM events WHERE global_position > 6').run();
    db.prepare("UPDATE sqlite_sequence SET seq = 6 WHERE name = 'events'").run();
    db.close();

    // The log alone agrees with itself again: only the witness still knows.
    expect(await cli(env, 'verify')).toMatchObject({ code: 0 });
    const { code, out } = await cli(env, 'verify', '--witness', witnessFile);
    expect(code).toBe(1);
    expect(out).toContain('BROKEN: LOG_SHORTER_THAN_CHECKPOINT\n  witness checkpoint #2 of size 8 (root');
  });
});
