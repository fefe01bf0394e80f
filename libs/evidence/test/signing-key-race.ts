// Child process for the signing-key race test: says it is ready, blocks until the parent writes a
// byte to its stdin (the parent releases every child at once), then prints the fingerprint of the
// key it ended up with.
import { readSync } from 'node:fs';
import { loadOrCreateSigningKey, publicKeyOf } from '../src/signing-key';

const [dataDir] = process.argv.slice(2);
process.stdout.write('ready\n');
for (;;) {
  try {
    if (readSync(0, Buffer.alloc(1)) > 0) break;
  } catch (error) {
    // A non-blocking stdin answers EAGAIN until the byte arrives.
    if ((error as { code?: string }).code !== 'EAGAIN') throw error;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
  }
}
process.stdout.write(publicKeyOf(loadOrCreateSigningKey(dataDir, null)).fingerprint + '\n');
