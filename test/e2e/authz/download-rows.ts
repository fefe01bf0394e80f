// The downloads the app shows with their progress (ADR 0023), asked by every identity of the world:
// exactly who may run exportEvidenceBundle and the replay report may download them, and a refusal is
// the plain route's HTTP error, with no progress line (not even the size of the log) before it.
import request from 'supertest';
import { binary, PROGRESS_TYPE, readProgressDownload } from '../../support/download-progress';
import type { Who, World } from './authz-world';

export interface DownloadRow {
  readonly path: (world: World) => string;
  readonly what: string;
  probe(world: World, who: Who): Promise<string>;
  readonly expect: Readonly<Record<Who, string>>;
}

/** 'downloaded' when the progress lines end in the whole file; else the refusal's status and reason (or code, for a domain rule). */
function download(path: (world: World) => string) {
  return async (world: World, who: Who): Promise<string> => {
    const res = await request(world.api.app.getHttpServer())
      .get(path(world))
      .set('authorization', `Bearer ${world.token(who)}`)
      .set('accept', PROGRESS_TYPE)
      .buffer(true)
      .parse(binary);
    if (res.status === 200) {
      const { steps, file } = readProgressDownload(res.body as Buffer);
      return file && steps.length > 1 ? 'downloaded' : `200 without a file`;
    }
    const text = (res.body as Buffer).toString('utf8');
    if (/progress|total/.test(text)) return `${res.status} after progress: ${text}`;
    const body = JSON.parse(text) as { code?: string; reason?: string };
    return `${res.status} ${body.reason ?? body.code}`;
  };
}

const REPLAY = '403 REPLAY_NOT_ALLOWED';
// as exportEvidenceBundle's row, but a route has no role guard before the gate: who has no role for
// it (the admin, workers) is refused by the gate itself
const ONLY_PRINCIPAL_AND_GRANTED_INSPECTOR: Record<Who, string> = {
  admin: REPLAY,
  principal: 'downloaded',
  main: REPLAY,
  steel: REPLAY,
  sibling: REPLAY,
  agency: REPLAY,
  jan: REPLAY,
  piotr: REPLAY,
  marek: REPLAY,
  sanne: REPLAY,
  outsider: REPLAY,
  inspector: 'downloaded',
  inspectorNoGrant: '403 INSPECTOR_ACCESS_NOT_GRANTED',
};

export const downloadRows: DownloadRow[] = (
  [
    ['evidence-bundle.json', 'the evidence bundle with its progress'],
    ['replay.pdf', 'the replay report as a PDF with its progress'],
  ] as const
).map(([file, what]) => {
  const path = (world: World) => `/reports/chains/${world.chainId}/${file}`;
  return { path, what, probe: download(path), expect: ONLY_PRINCIPAL_AND_GRANTED_INSPECTOR };
});
