import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WhoKnew } from './who-knew';

export interface KnowableSubjects {
  instructions: readonly { id: string; title: string }[];
  incidents: readonly { id: string; kind: string; location: string; topics: readonly string[] }[];
}

/** A topic as people read it: WORK_AT_HEIGHT → Work at height. */
const topicWords = (topic: string) => topic.charAt(0) + topic.slice(1).toLowerCase().replace(/_/g, ' ');

/**
 * Who knew, for a subject the reader picks: an instruction, an incident, or a hazard (a topic the
 * chain's incidents name). For the principal's and the inspector's screens.
 */
export function WhoKnewPicker({ chainId, subjects, names }: { chainId: string; subjects: KnowableSubjects; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const id = useId();
  const topics = [...new Set(subjects.incidents.flatMap((i) => i.topics))].sort();
  const options = [
    ...subjects.instructions.map((i) => ({ key: `instruction:${i.id}`, label: t('whoKnew.instruction', { title: i.title }), subject: { instructionId: i.id } })),
    ...subjects.incidents.map((i) => ({ key: `incident:${i.id}`, label: t('whoKnew.incident', { kind: t(`incidents.kind.${i.kind}`), what: i.location }), subject: { incidentId: i.id } })),
    ...topics.map((topic) => ({ key: `topic:${topic}`, label: t('whoKnew.topic', { topic: topicWords(topic) }), subject: { topic } })),
  ];
  const [key, setKey] = useState('');
  const chosen = options.find((o) => o.key === key) ?? options[0];
  if (!chosen) return null;
  return (
    <div className="who-knew-picker stack">
      <div className="form">
        <label htmlFor={`${id}-subject`}>{t('whoKnew.subject')}</label>
        <select id={`${id}-subject`} value={chosen.key} onChange={(e) => setKey(e.target.value)}>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <WhoKnew key={chosen.key} chainId={chainId} subject={chosen.subject} names={names} title={`${t('whoKnew.title')}: ${chosen.label}`} />
    </div>
  );
}
