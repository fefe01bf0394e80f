import type { NoticeSubjectView } from '@schakel/read-models';
import { readableInstant, type NoticeFacts, type NoticeLanguage } from './notice-texts';

/** The facts of a message in the reader's language: the instruction's title in it when there is one. */
export function noticeFacts(view: NoticeSubjectView, row: { version: number | null; deadline: string | null; label: string | null }, language: NoticeLanguage, hours: number): NoticeFacts {
  const content = view.content.find((c) => c.language === language) ?? view.content[0];
  return {
    partyName: view.partyName,
    fromName: view.fromName,
    chainName: view.chainName,
    title: content?.title ?? '',
    version: row.version,
    when: readableInstant(view.incident?.happenedAt ?? null, language),
    deadline: readableInstant(row.deadline, language),
    location: view.incident?.location ?? '',
    description: view.incident?.description ?? '',
    firstName: view.workerName?.trim().split(/\s+/)[0] ?? '',
    workerName: view.workerName?.trim() ?? '',
    label: row.label ?? '',
    hours,
    gaps: '',
    rule: '',
    basis: '',
    dutyBearers: '',
  };
}
