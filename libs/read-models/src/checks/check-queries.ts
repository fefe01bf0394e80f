import { VergewisCheckRow } from './vergewis-check.entity';
import { toCheckView, type VergewisCheckView } from './check.views';
import type { GuardedDb } from '../query-support';

export async function readChecks(db: GuardedDb, chainId: string): Promise<VergewisCheckView[]> {
  const rows = await db()
    .getRepository(VergewisCheckRow)
    .find({ where: { chainId }, order: { recordedAt: 'ASC', id: 'ASC' } });
  return rows.map(toCheckView);
}
