import type { StoredEvent } from '@schakel/event-store';
import type { TreeHead } from './signed-checkpoint';

/** The version of the file format; a verifier refuses any other. See docs/evidence-bundle.md. */
export const BUNDLE_FORMAT = 'schakel-evidence-bundle/1';

/** What the bundle claims about one requested stream, as of the signed tree head. */
export interface StreamManifest {
  readonly streamId: string;
  readonly firstVersion: 0;
  /** -1 when the stream had no event in the tree. */
  readonly lastVersion: number;
  readonly eventCount: number;
}

/**
 * A stored event as the bundle carries it: every field the event's hash covers, and the hash.
 * The store's globalPosition is left out on purpose: no hash covers it, and the event's place in
 * the log is the proven leafIndex instead.
 */
export type BundledEnvelope = Omit<StoredEvent, 'globalPosition'>;

export interface BundledEvent {
  /** 0-based position of the event in the global log: the leaf the inclusion path starts from. */
  readonly leafIndex: number;
  /** PATH(leafIndex, D[treeSize]) of RFC 6962 §2.1.1, lowercase hex, nearest the leaf first. */
  readonly inclusionPath: readonly string[];
  readonly event: BundledEnvelope;
}

export interface BundlePublicKey {
  readonly algorithm: 'Ed25519';
  /** SPKI PEM, exactly as node:crypto (and openssl) export it. */
  readonly pem: string;
  readonly fingerprint: string;
}

/** One JSON file: signed tree head, signed statement, and the requested streams' events with proofs. */
export interface EvidenceBundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly publicKey: BundlePublicKey;
  readonly checkpoint: TreeHead;
  /** Ed25519 over canonicalJson(checkpoint), base64. */
  readonly checkpointSignature: string;
  /** The cut-off asked for (ISO-8601), or null for the whole log. */
  readonly upTo: string | null;
  /** One entry per requested stream, sorted by streamId. */
  readonly manifest: readonly StreamManifest[];
  /** Ed25519 over canonicalJson(statementOf(bundle)), base64. */
  readonly statementSignature: string;
  /** The requested streams' events in log order. */
  readonly events: readonly BundledEvent[];
}

/** What the statement signature covers: the format, the tree head, the cut-off and the manifest. */
export interface BundleStatement {
  readonly format: typeof BUNDLE_FORMAT;
  readonly checkpoint: TreeHead;
  readonly upTo: string | null;
  readonly manifest: readonly StreamManifest[];
}

export function statementOf(bundle: Pick<EvidenceBundle, 'format' | 'checkpoint' | 'upTo' | 'manifest'>): BundleStatement {
  return { format: bundle.format, checkpoint: bundle.checkpoint, upTo: bundle.upTo, manifest: bundle.manifest };
}

/** The file's text: two-space JSON; the same bundle always gives the same bytes. */
export function serializeEvidenceBundle(bundle: EvidenceBundle): string {
  return JSON.stringify(bundle, null, 2) + '\n';
}
