import { ChainLinkRow } from './chain-link.entity';
import { toLinkView, type LinkView } from './link.views';
import type { GuardedDb } from '../query-support';

export async function readLinks(db: GuardedDb, chainId: string): Promise<LinkView[]> {
  const rows = await db()
    .getRepository(ChainLinkRow)
    .find({ where: { chainId }, order: { recordedAt: 'ASC', id: 'ASC' } });
  return rows.map(toLinkView);
}
