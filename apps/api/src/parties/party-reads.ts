import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PartyQueries, type PartyView, type WorkerView } from '@schakel/read-models';
import { READ_MODELS } from '@schakel/infrastructure';
import type { Party, Worker } from './party.types';
import { currentBudget } from '../limits/current-budget';

/** Party read models as GraphQL objects. */
@Injectable()
export class PartyReads {
  private readonly queries: PartyQueries;

  constructor(@Inject(READ_MODELS) dataSource: DataSource) {
    this.queries = new PartyQueries(dataSource, currentBudget);
  }

  async party(id: string): Promise<Party | null> {
    const view = await this.queries.party(id);
    return view ? toParty(view) : null;
  }

  async parties(ids: readonly string[]): Promise<Party[]> {
    return (await this.queries.parties([...ids])).map(toParty);
  }

  async search(query: string, limit: number): Promise<Party[]> {
    return (await this.queries.search(query, limit)).map(toParty);
  }

  async workers(partyId: string): Promise<Worker[]> {
    return (await this.queries.workers(partyId)).map(toWorker);
  }
}

export function toParty(view: PartyView): Party {
  return {
    id: view.id,
    kind: view.kind,
    name: view.name,
    kvkNumber: view.kvkNumber,
    country: view.country,
    registeredAt: new Date(view.registeredAt),
    registeredBy: view.registeredBy,
  };
}

export function toWorker(view: WorkerView): Worker {
  return {
    id: view.id,
    partyId: view.partyId,
    name: view.name,
    languages: [...view.languages],
    relation: view.relation,
    registeredAt: new Date(view.registeredAt),
  };
}
