import { byRecorded, type GuardedDb } from '../query-support';
import { EntryCorrectionRow } from './entry-correction.entity';
import { toCorrectionView, type CorrectionView } from './correction.views';

/** Every correction and retraction recorded in the chain. */
export async function readCorrections(db: GuardedDb, chainId: string): Promise<CorrectionView[]> {
  const rows = await db().getRepository(EntryCorrectionRow).find({ where: { chainId }, order: byRecorded });
  return rows.map(toCorrectionView);
}
