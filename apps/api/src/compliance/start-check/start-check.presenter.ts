import type { StartCheck } from '@schakel/domain';
import { reasonText, type ReasonLanguage } from './reason-texts';
import type { StartCheckReason, StartCheckResult } from './start-check.types';

/** The check as a reader sees it: every party and worker by name, the reasons in the reader's language. */
export function toStartCheckResult(chainId: string, check: StartCheck, names: Readonly<Record<string, string>>, language: ReasonLanguage): StartCheckResult {
  return {
    verdict: check.verdict,
    at: new Date(check.at),
    chainId,
    linkId: check.linkId,
    workerPartyId: check.workerPartyId,
    workerId: check.workerId,
    workerName: names[check.workerId] ?? 'an unnamed worker',
    topics: check.topics,
    language,
    reasons: startCheckReasons(check, names, language),
  };
}

export function startCheckReasons(check: StartCheck, names: Readonly<Record<string, string>>, language: ReasonLanguage): StartCheckReason[] {
  const name = (id: string) => names[id] ?? (language === 'nl' ? 'een onbenoemde partij' : 'an unnamed party');
  return check.reasons.map((f) => {
    const text = reasonText(f, language);
    return {
      ruleId: f.ruleId,
      title: text.title,
      basis: { ...f.basis, text: text.basisText },
      partyIds: f.partyIds,
      dutyBearerNames: f.partyIds.map(name),
      arisenAt: new Date(f.arisenAt),
      explanation: text.explanation,
      policyNote: text.policyNote,
    };
  });
}
