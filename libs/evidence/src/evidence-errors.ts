import type { VerifyFailure } from '@schakel/event-store';

/** The signing key file is missing, unreadable, or not an Ed25519 private key. */
export class SigningKeyError extends Error {
  readonly code = 'EVIDENCE_SIGNING_KEY_INVALID';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'SigningKeyError';
  }
}

/** A public key handed to the verifier is not an Ed25519 public key in PEM. */
export class PublicKeyError extends Error {
  readonly code = 'EVIDENCE_PUBLIC_KEY_INVALID';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'PublicKeyError';
  }
}

/** A bundle request that can never succeed (no streams, an upTo that is not an instant...). */
export class InvalidBundleRequestError extends Error {
  readonly code = 'EVIDENCE_INVALID_REQUEST';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidBundleRequestError';
  }
}

/** The log itself does not verify: a bundle would sign a broken history, so none is made. */
export class BrokenLogError extends Error {
  readonly code = 'EVIDENCE_LOG_BROKEN';
  constructor(readonly failure: VerifyFailure) {
    super(`the event log is broken at ${failure.streamId} version ${failure.streamVersion} (event ${failure.eventId}): ${failure.reason}, ${failure.detail}`);
    this.name = 'BrokenLogError';
  }
}

/** The bundle file cannot be read or is not JSON. */
export class BundleUnreadableError extends Error {
  readonly code = 'EVIDENCE_BUNDLE_UNREADABLE';
  constructor(readonly file: string, message: string, cause?: unknown) {
    super(`cannot read bundle ${file}: ${message}`, { cause });
    this.name = 'BundleUnreadableError';
  }
}

/** The log's checkpoint stream holds an event that is not a signed checkpoint: no new one can chain onto it. */
export class CheckpointStreamError extends Error {
  readonly code = 'EVIDENCE_CHECKPOINT_STREAM_BROKEN';
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointStreamError';
  }
}
