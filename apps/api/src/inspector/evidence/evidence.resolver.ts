import { Inject, UseFilters } from '@nestjs/common';
import { Args, GraphQLISODateTime, ID, Query, Resolver } from '@nestjs/graphql';
import type { EventStore } from '@schakel/event-store';
import { publicKeyOf, serializeEvidenceBundle, type SigningKey } from '@schakel/evidence';
import { Public } from '../../auth/public.decorator';
import { Roles } from '../../auth/roles.decorator';
import { CurrentRead, type ReadRequest } from '../../limits/read-request.decorator';
import { GraphqlExceptionFilter } from '../../errors/graphql-exception.filter';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { InspectorGate } from '../inspector-gate';
import { EvidenceBundleExport, EvidencePublicKey } from '../inspector.types';
import { validInstant } from '../replay-queries';
import { EVIDENCE_SIGNING_KEY } from './evidence-signing-key';
import { exportChainBundle } from './export-chain-bundle';

@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class EvidenceResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
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
    @Args('upTo', { type: () => GraphQLISODateTime, nullable: true }) upTo: Date | null,
    @CurrentRead() request: ReadRequest,
  ): Promise<EvidenceBundleExport> {
    const cutOff = upTo ? validInstant(upTo, 'upTo') : null;
    await this.gate.open(request, chainId, { query: 'exportEvidenceBundle', asOf: cutOff, clock: cutOff ? 'RECORDED' : null });
    const bundle = await exportChainBundle(this.store, this.signingKey, chainId.toLowerCase(), cutOff, new Date(), request.budget);
    return {
      json: serializeEvidenceBundle(bundle),
      eventCount: bundle.events.length,
      treeSize: bundle.checkpoint.treeSize,
      rootHash: bundle.checkpoint.rootHash,
      keyFingerprint: bundle.publicKey.fingerprint,
    };
  }
}
