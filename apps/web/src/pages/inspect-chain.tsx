import { useEffect, useId, useState } from 'react';
import { useParams } from 'wouter';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ChainAsOfViewQuery, ReplayClock } from '../gql/graphql';
import { useScreenQuery } from '../data/live';
import { QueryState } from '../components/query-state';
import { When, formatWhen } from '../components/when';
import { readable } from '../components/readable';
import { ReplayTree } from '../components/replay-tree';
import { TimelineList } from '../components/timeline-list';
import { Downloads } from '../components/downloads';
import { WhoKnewPicker } from '../components/who-knew-picker';
import { TimelineStrip } from '../components/timeline-strip';

const TIMELINE = graphql(`
  query InspectTimeline($chainId: ID!, $clock: ReplayClock!) {
    timeline(chainId: $chainId, clock: $clock) {
      total
      entries { eventId position type summary occurredAt recordedAt actorName flags }
    }
  }
`);

const AS_OF = graphql(`
  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {
    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {
      name asOf eventCount principalPartyId
      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }
      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }
      instructions { id title currentVersion status { status } }
      incidents { id kind severity happenedAt reporterName retracted description location topics }
      findings { ruleId resolvedAt }
    }
  }
`);

type State = ChainAsOfViewQuery['chainAsOf'];

/** Parties and incidents by id (incidents by what happened), for texts that name them by id. */
function namesOf(state: State | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const link of [...(state?.activeLinks ?? []), ...(state?.endedLinks ?? [])]) {
    names.set(link.fromPartyId, link.fromPartyName);
    names.set(link.toPartyId, link.toPartyName);
  }
  for (const incident of state?.incidents ?? []) names.set(incident.id, `“${incident.description}”`);
  return names;
}

/** Story 4: the chain as it stood at a moment, on either clock, with a slider over its events. */
export function InspectChainPage() {
  const { t, i18n } = useTranslation();
  const { chainId = '' } = useParams();
  const sliderId = useId();
  const [clock, setClock] = useState<ReplayClock>('OCCURRED');
  const timeline = useScreenQuery(TIMELINE, { chainId, clock }, chainId);
  const entries = timeline.data?.timeline.entries ?? [];
  const [position, setPosition] = useState<number | null>(null);
  const last = Math.max(0, entries.length - 1);
  const at = Math.min(position ?? last, last);
  useEffect(() => setPosition(null), [clock]);
  const entry = entries[at];
  const asOf = entry ? (clock === 'OCCURRED' ? entry.occurredAt : entry.recordedAt) : null;
  const replay = useScreenQuery(AS_OF, { chainId, asOf: asOf ?? '', clock }, chainId, { skip: !asOf });
  const shown = replay.data ?? replay.previousData;
  // names for the ids in the timeline's texts, from the chain as it stands at its last event
  const lastEntry = entries[last];
  const latest = useScreenQuery(
    AS_OF,
    { chainId, asOf: lastEntry ? (clock === 'OCCURRED' ? lastEntry.occurredAt : lastEntry.recordedAt) : '', clock },
    chainId,
    { skip: !lastEntry },
  );
  const names = namesOf(latest.data?.chainAsOf);
  if (!timeline.data) return <QueryState loading={timeline.loading} error={timeline.error} />;
  const state = shown?.chainAsOf;
  return (
    <section aria-labelledby="inspect-title">
      <div className="page-head">
        <div>
          <h1 id="inspect-title">{state?.name ?? t('inspect.title')}</h1>
          <p className="meta">{t('inspect.lead')}</p>
        </div>
        <Downloads chainId={chainId} />
      </div>
      <div className="replay-controls panel">
        <fieldset className="clock">
          <legend>{t('inspect.clock')}</legend>
          {(['OCCURRED', 'RECORDED'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name="clock" value={option} checked={clock === option} onChange={() => setClock(option)} /> {t(`clock.${option}`)}
            </label>
          ))}
        </fieldset>
        <div className="slider">
          <label htmlFor={sliderId}>{t('inspect.moment')}</label>
          <input
            id={sliderId}
            type="range"
            min={0}
            max={last}
            step={1}
            value={at}
            aria-valuetext={asOf ? formatWhen(asOf, i18n.resolvedLanguage ?? 'nl') : undefined}
            onChange={(e) => setPosition(Number(e.target.value))}
          />
          <p className="slider-readout" aria-live="polite">
            {asOf ? <When iso={asOf} /> : '—'} · {t('inspect.eventOf', { at: at + 1, total: entries.length })}
            {entry ? ` · ${readable(entry.summary, i18n.resolvedLanguage ?? 'nl', names, t('common.anEntry'))}` : ''}
          </p>
        </div>
      </div>
      <TimelineStrip chainId={chainId} clock={clock} now={asOf} names={names} onPick={setPosition} />
      <QueryState loading={!state && replay.loading} error={replay.error} />
      {state && (
        <div className="columns">
          <div>
            <h2>{t('inspect.treeAt')}</h2>
            <ReplayTree state={state} names={names} />
            <dl className="facts">
              <dt>{t('inspect.events')}</dt>
              <dd>{state.eventCount}</dd>
              <dt>{t('inspect.instructions')}</dt>
              <dd>{state.instructions.map((i) => `${i.title} (v${i.currentVersion})`).join(', ') || '—'}</dd>
              <dt>{t('inspect.openFindings')}</dt>
              <dd>{state.findings.filter((f) => !f.resolvedAt).length}</dd>
              <dt>{t('inspect.incidents')}</dt>
              <dd>{state.incidents.filter((i) => !i.retracted).length}</dd>
            </dl>
          </div>
          <div>
            <h2>{t('inspect.timeline')}</h2>
            <TimelineList entries={entries} clock={clock} at={at} names={names} />
          </div>
        </div>
      )}
      {latest.data && (
        <WhoKnewPicker
          chainId={chainId}
          names={names}
          subjects={{ instructions: latest.data.chainAsOf.instructions, incidents: latest.data.chainAsOf.incidents.filter((i) => !i.retracted) }}
        />
      )}
    </section>
  );
}
