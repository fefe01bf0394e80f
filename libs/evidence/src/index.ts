export { MerkleTree, EMPTY_ROOT, HASH_SIZE, leafHash, nodeHash, splitPoint, verifyConsistency, verifyInclusion } from './merkle-tree';
export {
  SIGNING_KEY_FILE,
  fingerprintOf,
  generateSigningKey,
  loadOrCreateSigningKey,
  parsePublicKeyPem,
  publicKeyOf,
  readSigningKey,
  signingKeyFromPem,
} from './signing-key';
export type { PublicKeyInfo, SigningKey } from './signing-key';
export { signCanonical, signTreeHead, verifyCanonical } from './signed-checkpoint';
export type { SignedTreeHead, TreeHead } from './signed-checkpoint';
export { BUNDLE_FORMAT, serializeEvidenceBundle, statementOf } from './bundle-format';
export type { BundleStatement, BundledEnvelope, BundledEvent, BundlePublicKey, EvidenceBundle, StreamManifest } from './bundle-format';
export { createEvidenceBundle } from './bundle';
export type { CreateEvidenceBundleOptions } from './bundle';
export { verifyEvidenceBundle } from './verify-bundle';
export type { BundleCheck, BundleCheckName, BundleProblem, BundleProblemReason, BundleSummary, BundleVerification, VerifyBundleOptions } from './verify-bundle';
export { readEvidenceBundleFile, writeEvidenceBundleFile } from './bundle-file';
export { BrokenLogError, BundleUnreadableError, CheckpointStreamError, InvalidBundleRequestError, PublicKeyError, SigningKeyError } from './evidence-errors';
export { LOG_CHECKPOINT_SIGNED, LOG_CHECKPOINT_STREAM, checkpointHash, describeCheckpoint, isSignedBy, parseSignedLogCheckpoint, signLogCheckpoint } from './log-checkpoint';
export type { LogCheckpoint, SignedLogCheckpoint } from './log-checkpoint';
export { readLog } from './read-log';
export type { LogRead, LoggedCheckpoint, ReadProgress } from './read-log';
export { writeLogCheckpoint } from './write-log-checkpoint';
export type { WriteLogCheckpointOptions, WrittenLogCheckpoint } from './write-log-checkpoint';
export { verifyLog } from './verify-log';
export type { LogProblem, LogProblemReason, LogVerification, VerifyLogOptions } from './verify-log';
export { WitnessError, fileWitness, publishToWitnesses, readWitnessFile, webhookWitness } from './witness';
export type { PublishResult, Witness } from './witness';
export { createConsistencyProof, serializeConsistencyProof, verifyConsistencyBetween } from './consistency-proof';
export type { ConsistencyProblemReason, ConsistencyProofFile, ConsistencyVerification, CreateConsistencyProofOptions } from './consistency-proof';
