import { allLinks, chainTreeRows, describeChannel, preventionOf, type AccidentReplay, type ChainState, type Knower, type LinkState, type TimelineEntry } from '@schakel/domain';
import { escapeHtml as e } from './html-escape';

export type ReplayReportInput = {
  chainId: string;
  /** The fold at the moment shown (valid time). */
  stateThen: ChainState;
  asOf: string;
  timeline: TimelineEntry[];
  accident: AccidentReplay | null;
  nameOf: (partyId: string) => string;
  generatedAt: string;
};

const STYLE = `
body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:70rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.flag{display:inline-block;background:#b3261e;color:#fff;border-radius:3px;padding:0 .3rem;font-size:.75rem;margin-right:.2rem}
.late{background:#8a5a00}.ended{color:#888;text-decoration:line-through}ul.tree{list-style:none;padding-left:1.2rem}ul.tree li{margin:.2rem 0}
.muted{color:#666}.after{background:#fde7e7}`;

const time = (iso: string) => e(iso.replace('T', ' ').replace(/\.000Z$/, 'Z'));

function flags(entry: { flags: readonly string[] }): string {
  const label = (f: string) => (f === 'LATE_ENTRY' ? 'late entry' : f === 'IMPORTED' ? 'imported' : 'recorded after the fact');
  return entry.flags.map((f) => `<span class="flag${f === 'RECORDED_AFTER_INCIDENT' ? '' : ' late'}">${label(f)}</span>`).join('');
}

type TreeNode = { partyId: string; via: LinkState | null; children: TreeNode[] };

/** The domain's depth-first tree rows (the principal's view: every link) nested again for lists. */
function treeOf(stateThen: ChainState): TreeNode | null {
  if (stateThen.status !== 'Opened') return null;
  const principalPartyId = stateThen.principalPartyId;
  const path: TreeNode[] = [];
  for (const row of chainTreeRows<LinkState>(allLinks(stateThen), { partyId: principalPartyId, isPrincipal: true, principalPartyId })) {
    const node: TreeNode = { partyId: row.partyId, via: row.via, children: [] };
    path.length = row.depth;
    path.at(-1)?.children.push(node);
    path.push(node);
  }
  return path[0] ?? null;
}

function tree(node: TreeNode, nameOf: (id: string) => string): string {
  const items = node.children
    .map(({ via, partyId, children }) => {
      const link = via!;
      const ended = link.status === 'ENDED';
      return `<li class="${ended ? 'ended' : ''}">${e(nameOf(partyId))} <span class="muted">— ${e(link.kind)}${link.underAuthority ? ', gezag' : ''}: ${e(link.scope)}${ended ? ` (ended ${e(link.endDate)})` : ''}</span>${tree({ partyId, via, children }, nameOf)}</li>`;
    })
    .join('');
  return items ? `<ul class="tree">${items}</ul>` : '';
}

function knowers(list: readonly Knower[], nameOf: (id: string) => string, afterMs: number | null): string {
  if (list.length === 0) return '<p class="muted">Nobody on record.</p>';
  const rows = list
    .map((k) => {
      const who = k.authority ?? (k.partyId ? nameOf(k.partyId) : '?');
      const after = afterMs !== null && Date.parse(k.since) > afterMs;
      return `<tr class="${after ? 'after' : ''}"><td>${e(who)}${k.workerId ? ` <span class="muted">(worker ${e(k.workerId)})</span>` : ''}</td><td>${e(k.how)}</td><td>${time(k.since)}</td><td>${k.ways.map((w) => e(w.how)).join(', ')}</td></tr>`;
    })
    .join('');
  return `<table><tr><th>who</th><th>how first</th><th>knew from (recorded)</th><th>all ways</th></tr>${rows}</table>`;
}

/** The replay as one self-contained HTML page for people who do not read JSON. */
export function renderReplayReport(input: ReplayReportInput): string {
  const { stateThen, nameOf, accident } = input;
  const name = stateThen.status === 'Opened' ? stateThen.name : input.chainId;
  const root = treeOf(stateThen);
  const happenedMs = accident ? Date.parse(accident.happenedAt) : null;
  const parts: string[] = [];
  parts.push(`<h1>Replay of chain “${e(name)}”</h1>`);
  parts.push(`<p>As it stood at <strong>${time(input.asOf)}</strong> (valid time). Generated ${time(input.generatedAt)} from the event log.</p>`);
  if (accident) {
    const i = accident.incident;
    parts.push(`<h2>The accident</h2><p>${e(i.description)} — ${e(i.location)}, ${time(i.happenedAt)}. Reported by ${e(nameOf(i.reporterPartyId))}, recorded ${time(i.stamp.recordedAt)}. Severity ${e(i.severity)}.</p>`);
  }
  parts.push(`<h2>The chain at that moment</h2>`);
  parts.push(root ? `<ul class="tree"><li><strong>${e(nameOf(root.partyId))}</strong> <span class="muted">(principal)</span>${tree(root, nameOf)}</li></ul>` : '<p>The chain was not open yet.</p>');
  const overrides = stateThen.status === 'Opened' ? preventionOf(stateThen).startChecks.filter((c) => c.overrideReason !== null) : [];
  if (overrides.length > 0) {
    parts.push(`<h2>Starts despite NO-GO (overrides)</h2>`);
    const rows = overrides
      .map((c) => `<tr class="after"><td>${e(nameOf(c.workerId))} <span class="muted">(${e(nameOf(c.partyId))})</span></td><td>${time(c.stamp.occurredAt)}</td><td>${c.reasons.map((r) => e(r.ruleId)).join(', ')}</td><td>${e(nameOf(c.checkedByPartyId))}: ${e(c.overrideReason ?? '')}</td></tr>`)
      .join('');
    parts.push(`<table><tr><th>worker</th><th>started</th><th>NO-GO because</th><th>overridden by, reason</th></tr>${rows}</table>`);
  }
  if (accident) {
    parts.push(`<h2>Instructions current at the accident</h2>`);
    for (const ins of accident.instructions) {
      const acks = ins.acknowledgements
        .map((a) => `<tr class="${happenedMs !== null && Date.parse(a.recordedAt) > happenedMs ? 'after' : ''}"><td>${e(nameOf(a.partyId))}${a.workerId ? ` <span class="muted">(worker ${e(a.workerId)})</span>` : ''}</td><td>v${a.version} (${e(a.language)})</td><td>${e(a.channel)} <span class="muted">${e(describeChannel(a.channel))}</span></td><td>${time(a.acknowledgedAt)}</td><td>${time(a.recordedAt)}</td></tr>`)
        .join('');
      parts.push(`<h3>${e(ins.title)} — version ${ins.currentVersion} <span class="muted">(${ins.topics.map(e).join(', ')})</span></h3>`);
      parts.push(acks ? `<table><tr><th>acknowledged by</th><th>version</th><th>how</th><th>signed</th><th>recorded</th></tr>${acks}</table>` : '<p class="muted">Nobody had acknowledged it.</p>');
    }
    parts.push(`<h2>Earlier near misses at the same place or on the same topic</h2>`);
    if (accident.earlierNearMisses.length === 0) parts.push('<p class="muted">None on record.</p>');
    for (const n of accident.earlierNearMisses) {
      parts.push(`<h3>${e(n.incident.description)} — ${e(n.incident.location)}, ${time(n.incident.happenedAt)} <span class="muted">(matched on ${n.matchedOn.map(e).join(' and ')})</span></h3>`);
      parts.push(knowers(n.knowers, nameOf, happenedMs));
    }
    parts.push(`<h2>Who knew of the accident</h2>${knowers(accident.accidentKnowers, nameOf, null)}`);
    parts.push(`<h2>Recorded only after the accident</h2>`);
    parts.push(
      accident.recordedAfterAccident.length === 0
        ? '<p class="muted">Nothing in this answer was recorded after the accident.</p>'
        : `<table><tr><th>entry</th><th>dated</th><th>recorded</th></tr>${accident.recordedAfterAccident.map((r) => `<tr class="after"><td>${e(r.summary)}</td><td>${time(r.occurredAt)}</td><td>${time(r.recordedAt)}</td></tr>`).join('')}</table>`,
    );
  }
  parts.push(`<h2>Timeline (recorded order)</h2>`);
  const rows = input.timeline
    .map((t) => `<tr><td>${t.position}</td><td>${time(t.occurredAt)}</td><td>${time(t.recordedAt)}</td><td>${e(t.actorPartyId ? nameOf(t.actorPartyId) : '')}</td><td>${e(t.summary)} ${flags(t)}</td></tr>`)
    .join('');
  parts.push(`<table><tr><th>#</th><th>occurred</th><th>recorded</th><th>by</th><th>entry</th></tr>${rows}</table>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Replay — ${e(name)}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>`;
}
