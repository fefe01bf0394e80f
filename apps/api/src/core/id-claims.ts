import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { IdOwners, type ChainOwnedIdKind } from '@schakel/read-models';
import { conflict } from '@schakel/application';
import { READ_MODELS } from '@schakel/infrastructure';

/**
 * Refuses an id a client chose when it already names something of another chain (or a worker of
 * another party): CONFLICT ID_ALREADY_USED, nothing written. Read models are keyed by owner, so a
 * reused id that slips past this check (a lagging read model, a race) still cannot touch the other
 * owner's rows; this check gives the client a clear answer instead of a silent second meaning.
 */
@Injectable()
export class IdClaims {
  private readonly owners: IdOwners;

  constructor(@Inject(READ_MODELS) dataSource: DataSource) {
    this.owners = new IdOwners(dataSource);
  }

  async assertFreeInChain(kind: ChainOwnedIdKind, id: string, chainId: string): Promise<void> {
    const chains = await this.owners.chainsUsing(kind, id);
    if (chains.some((owner) => owner !== chainId)) {
      throw conflict('ID_ALREADY_USED', `${kind} id ${id} is already used in another chain; choose another id or leave it out`);
    }
  }

  async assertWorkerIdFree(workerId: string, partyId: string): Promise<void> {
    const parties = await this.owners.partiesWithWorker(workerId);
    if (parties.some((owner) => owner !== partyId)) {
      throw conflict('ID_ALREADY_USED', `worker id ${workerId} is already used by another party; choose another id or leave it out`);
    }
  }
}
