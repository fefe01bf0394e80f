import { appendFileSync, readFileSync } from 'node:fs';
import { parseSignedLogCheckpoint, type SignedLogCheckpoint } from './log-checkpoint';

/** Someone outside the operator's reach who keeps every checkpoint: a file another party holds, or a webhook. */
export interface Witness {
  /** For logs: `file:<path>` or `webhook:<url>`. */
  readonly name: string;
  publish(signed: SignedLogCheckpoint): Promise<void>;
}

/** The witness's copy of one checkpoint: one line of JSON, the same bytes in a file or a POST body. */
const witnessLine = (signed: SignedLogCheckpoint): string => JSON.stringify({ checkpoint: signed.checkpoint, signature: signed.signature });

/** Appends each checkpoint as one JSON line (SCHAKEL_WITNESS_FILE): mount it from storage the operator cannot rewrite. */
export function fileWitness(path: string): Witness {
  return {
    name: `file:${path}`,
    async publish(signed) {
      // One write call per line, O_APPEND: lines from two processes never interleave.
      appendFileSync(path, witnessLine(signed) + '\n', { flag: 'a' });
    },
  };
}

/** POSTs each checkpoint as JSON to `url` (SCHAKEL_WITNESS_URL); any answer but 2xx is a failure. */
export function webhookWitness(url: string, timeoutMs = 10_000): Witness {
  return {
    name: `webhook:${new URL(url).origin}`,
    async publish(signed) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: witnessLine(signed),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new WitnessError(`the witness at ${new URL(url).origin} answered ${response.status}`);
    },
  };
}

export interface PublishResult {
  readonly witness: string;
  /** Null when the witness took it. */
  readonly error: string | null;
}

/** Publishes to every witness; one that fails does not keep the others from theirs. */
export async function publishToWitnesses(witnesses: readonly Witness[], signed: SignedLogCheckpoint): Promise<PublishResult[]> {
  return Promise.all(
    witnesses.map(async (witness) => {
      try {
        await witness.publish(signed);
        return { witness: witness.name, error: null };
      } catch (error) {
        return { witness: witness.name, error: messageOf(error) };
      }
    }),
  );
}

/** The checkpoints a witness file holds, in order; WitnessError naming the line when one is not a checkpoint. */
export function readWitnessFile(path: string): SignedLogCheckpoint[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new WitnessError(`cannot read the witness file ${path}: ${messageOf(error)}`);
  }
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new WitnessError(`${path} line ${number} is not JSON`);
      }
      const signed = parseSignedLogCheckpoint(parsed);
      if (!signed) throw new WitnessError(`${path} line ${number} is not a signed log checkpoint`);
      return signed;
    });
}

export class WitnessError extends Error {
  readonly code = 'EVIDENCE_WITNESS_FAILED';
  constructor(message: string) {
    super(message);
    this.name = 'WitnessError';
  }
}

// Not `instanceof Error`: errors from node:fs and fetch may come from another realm (a test runner's sandbox).
function messageOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}
