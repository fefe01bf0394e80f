import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainWorkQuery } from '../gql/graphql';
import { Badge } from './status';
import { When } from './when';
import { readable } from './readable';

type Finding = ChainWorkQuery['findings'][number];

/** Open findings grouped by rule, then by the party that bears the duty, with the legal basis in words; `action` adds a control under each (assigning a corrective action). */
export function FindingGroups({ findings, names, action }: { findings: readonly Finding[]; names: ReadonlyMap<string, string>; action?: (finding: Finding) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const words = (text: string) => readable(text, i18n.resolvedLanguage ?? 'nl', names, t('common.anEntry'));
  if (findings.length === 0)
    return (
      <p>
        <Badge tone="ok">{t('findings.none')}</Badge>
      </p>
    );
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const partyName = (id: string) => names.get(id) ?? t('common.unknownParty');
  return (
    <div className="stack">
      {[...byRule.entries()].map(([ruleId, group]) => {
        const byParty = new Map<string, Finding[]>();
        for (const finding of group) {
          const key = finding.partyIds.map(partyName).join(', ') || t('common.unknownParty');
          byParty.set(key, [...(byParty.get(key) ?? []), finding]);
        }
        const basis = group[0].basis;
        return (
          <article key={ruleId} className="panel" aria-labelledby={`rule-${ruleId}`}>
            <header className="panel-head">
              <h2 id={`rule-${ruleId}`}>
                <Badge tone="bad">{t('findings.open', { count: group.length })}</Badge> {group[0].title}
              </h2>
              <p className="basis">
                <strong>{basis.article}</strong> — {basis.text} <span className="rule-id">({ruleId})</span>
              </p>
            </header>
            {[...byParty.entries()].map(([party, items]) => (
              <section key={party} className="finding-party">
                <h3>{t('findings.dutyBearer', { name: party })}</h3>
                <ul className="findings">
                  {items.map((finding, i) => (
                    <li key={i}>
                      <p>{words(finding.explanation)}</p>
                      <p className="meta">
                        {t('findings.since')} <When iso={finding.arisenAt} /> · {t('findings.evidence', { count: finding.evidenceEventIds.length })}
                        {finding.policyNote ? ` · ${words(finding.policyNote)}` : ''}
                      </p>
                      {action?.(finding)}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </article>
        );
      })}
    </div>
  );
}
