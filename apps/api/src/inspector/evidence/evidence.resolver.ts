import { Inject, UseFilters } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import type { EventStore } from '@schakel/event-store';
import { publicKeyOf, serializeConsistencyProof, serializeEvidenceBundle, type SigningKey } from '@schakel/evidence';
import { Public } from '../../auth/public.decorator';
import { Roles } from '../../auth/roles.decorator';
import { CurrentRead, type ReadRequest } from '../../limits/read-request.decorator';
import { GraphqlExceptionFilter } from '../../errors/graphql-exception.filter';
import { SEALED_EVENT_STORE } from '@schakel/infrastructure';
import { InspectorGate } from '../inspector-gate';
import { ConsistencyProofExport, EvidenceBundleExport, EvidencePublicKey } from '../inspector.types';
import { validInstant } from '../replay-queries';
import { EVIDENCE_SIGNING_KEY } from './evidence-signing-key';
import { exportChainBundle } from '@schakel/application';
import { proveConsistency } from './prove-consistency';

@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class EvidenceResolver {
  constructor(
    @Inject(SEALED_EVENT_STORE) private readonly store: EventStore,
    @Inject(EVIDENCE_SIGNING_KEY) private readonly signingKey: SigningKey,
    private readonly gate: InspectorGate,
  ) {}

  @Query(() => EvidencePublicKey, { description: 'The well-known key that signs evidence bundles: pin it when verifying (schakel verify-bundle --public-key).' })
  @Public()
  evidencePublicKey(): EvidencePublicKey {
    const key = publicKeyOf(this.signingKey);
    return { pem: key.pem, fingerprint: key.fingerprint, algorithm: 'Ed25519' };
  }

  @Query(() => EvidenceBundleExport, { description: 'A signed evidence bundle of the chain (and its access log), optionally up to a recorded time.' })
  @Roles('INSPECTOR', 'MANAGER')
  async exportEvidenceBundle(
    @Args('chainId', { type: () => ID }) chainId: string,
    @Args('upTo', { type: () => DateTimeScalar, nullable: true }) upTo: Date | null,
    @CurrentRead() request: ReadRequest,
  ): Promise<EvidenceBundleExport> {
    const cutOff = upTo ? validInstant(upTo, 'upTo') : null;
    await this.gate.open(request, chainId, { query: 'exportEvidenceBundle', asOf: cutOff, clock: cutOff ? 'RECORDED' : null });
    const bundle = await exportChainBundle(this.store, this.signingKey, chainId.toLowerCase(), cutOff, new Date(), { signal: request.budget });
    return {
      json: serializeEvidenceBundle(bundle),
      eventCount: bundle.events.length,
      treeSize: bundle.checkpoint.treeSize,
      rootHash: bundle.checkpoint.rootHash,
      keyFingerprint: bundle.publicKey.fingerprint,
    };
  }

  // Any INSPECTOR token, not only one under a grant for some chain: the proof holds Merkle node
  // hashes of the whole log and no event content, and it is what lets a holder of an older bundle
  // check that the log it came from was only extended since.
  @Query(() => ConsistencyProofExport, {
    description: 'Proves the log of fromSize events (an older bundle or checkpoint) is a prefix of the log of toSize events (default: the whole log now).',
  })
  @Roles('INSPECTOR', 'ADMIN')
  async consistencyProof(
    @Args('fromSize', { type: () => Int }) fromSize: number,
    @Args('toSize', { type: () => Int, nullable: true }) toSize: number | null,
  ): Promise<ConsistencyProofExport> {
    const proof = await proveConsistency(this.store, this.signingKey, fromSize, toSize ?? null);
    return {
      json: serializeConsistencyProof(proof),
      fromSize: proof.from.treeSize,
      toSize: proof.to.treeSize,
      fromRoot: proof.from.rootHash,
      toRoot: proof.to.rootHash,
      proof: [...proof.proof],
      keyFingerprint: proof.publicKey.fingerprint,
    };
  }
}
