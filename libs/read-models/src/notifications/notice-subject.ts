import type { DataSource } from 'typeorm';
import type { InstructionContent } from '@schakel/domain';
import { ChainRow } from '../chains/chain.entity';
import { IncidentRow } from '../incidents/incident.entity';
import { InstructionVersionRow } from '../instructions/instruction-version.entity';
import { PartyRow } from '../parties/party.entity';
import { WorkerRow } from '../parties/worker.entity';
import type { NoticeDeliveryRow } from './notice-delivery.entity';

/** What a message speaks of, by name: the parties, the chain, the instruction's content, the incident. */
export type NoticeSubjectView = {
  partyName: string;
  fromName: string;
  chainName: string;
  content: InstructionContent[];
  incident: { happenedAt: string; location: string; description: string } | null;
  workerName: string | null;
};

export async function noticeSubjectOf(dataSource: DataSource, row: NoticeDeliveryRow): Promise<NoticeSubjectView> {
  const partyName = async (id: string) => (await dataSource.getRepository(PartyRow).findOneBy({ id }))?.name ?? '';
  const chain = row.chainId ? await dataSource.getRepository(ChainRow).findOneBy({ id: row.chainId }) : null;
  const instruction =
    row.chainId && row.instructionId && row.version
      ? await dataSource.getRepository(InstructionVersionRow).findOneBy({ chainId: row.chainId, instructionId: row.instructionId, version: row.version })
      : null;
  const incident = row.chainId && row.incidentId ? await dataSource.getRepository(IncidentRow).findOneBy({ chainId: row.chainId, id: row.incidentId }) : null;
  const worker = row.workerId ? await dataSource.getRepository(WorkerRow).findOneBy({ partyId: row.partyId, id: row.workerId }) : null;
  return {
    partyName: await partyName(row.partyId),
    fromName: await partyName(row.fromPartyId),
    chainName: chain?.name ?? '',
    content: instruction?.content ?? [],
    incident: incident ? { happenedAt: incident.happenedAt, location: incident.location, description: incident.description } : null,
    workerName: worker?.name ?? null,
  };
}
