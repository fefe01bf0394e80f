import { useEffect, useId, useMemo, useState } from 'react';
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
import { useTimelineWindow } from './inspect-timeline';

const AS_OF = graphql(`
  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {
    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {
      name asOf eventCount principalPartyId activeLinkCount endedLinkCount incidentCount
      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }
      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }
      instructions { id title currentVersion status { status } }
      incidents { id kind severity happenedAt reporterName retracted description location topics }
    }
  }
`);

// The rules engine's findings at the moment: asked after the replay, so the tree redraws without waiting for them.
const FINDINGS_AS_OF = graphql(`
  query ChainAsOfFindings($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {
    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {
      findings(first: 500) { ruleId resolvedAt }
    }
  }
`);

type State = ChainAsOfViewQuery['chainAsOf'];

/** A count from a page of at most 500 findings: a full page may hold more than it shows, and says so. */
const countText = (count: number, page: number) => (page >= 500 ? `${count}+` : String(count));

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
  // the slider spans the chain's whole history; the timeline comes in pages around its position
  const timeline = useTimelineWindow(chainId, clock);
  const { entry, at, total } = timeline;
  const last = Math.max(0, total - 1);
  const moment = entry ? (clock === 'OCCURRED' ? entry.occurredAt : entry.recordedAt) : null;
  // one replay in flight at a time: moves made while it runs are skipped, the last one is asked
  const [asOf, setAsOf] = useState<string | null>(null);
  const replay = useScreenQuery(AS_OF, { chainId, asOf: asOf ?? '', clock }, chainId, { skip: !asOf });
  useEffect(() => {
    if (moment && !replay.loading && moment !== asOf) setAsOf(moment);
  }, [moment, replay.loading, asOf]);
  const shown = replay.data ?? replay.previousData;
  // the findings of the moment the replay shows, one request at a time as well
  const [findingsAsOf, setFindingsAsOf] = useState<string | null>(null);
  const findings = useScreenQuery(FINDINGS_AS_OF, { chainId, asOf: findingsAsOf ?? '', clock }, chainId, { skip: !findingsAsOf });
  const replayed = replay.data ? asOf : null;
  useEffect(() => {
    if (replayed && !findings.loading && replayed !== findingsAsOf) setFindingsAsOf(replayed);
  }, [replayed, findings.loading, findingsAsOf]);
  const findingsShown = findings.data && findingsAsOf === replayed ? findings.data.chainAsOf.findings : null;
  // names for the ids in the timeline's texts, from the chain as it stands at its last moment
  const lastAt = timeline.span?.lastAt ?? null;
  const latest = useScreenQuery(AS_OF, { chainId, asOf: lastAt ?? '', clock }, chainId, { skip: !lastAt });
  const names = useMemo(() => namesOf(latest.data?.chainAsOf), [latest.data]);
  if (!timeline.span) return <QueryState loading={timeline.loading} error={timeline.error} />;
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
            aria-valuetext={moment ? formatWhen(moment, i18n.resolvedLanguage ?? 'nl') : undefined}
            onChange={(e) => timeline.setPosition(Number(e.target.value))}
          />
          <p className="slider-readout" aria-live="polite">
            {moment ? <When iso={moment} /> : '—'} · {t('inspect.eventOf', { at: at + 1, total })}
            {entry ? ` · ${readable(entry.summary, i18n.resolvedLanguage ?? 'nl', names, t('common.anEntry'))}` : ''}
          </p>
        </div>
      </div>
      <TimelineStrip chainId={chainId} clock={clock} now={moment} names={names} onPick={timeline.setPosition} />
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
              <dd>{findingsShown ? countText(findingsShown.filter((f) => !f.resolvedAt).length, findingsShown.length) : '…'}</dd>
              <dt>{t('inspect.incidents')}</dt>
              <dd>{state.incidentCount}</dd>
            </dl>
          </div>
          <div>
            <h2>{t('inspect.timeline')}</h2>
            {timeline.entries ? (
              <TimelineList entries={timeline.entries} first={timeline.offset} total={total} clock={clock} at={at} names={names} />
            ) : (
              <QueryState loading error={timeline.error} />
            )}
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
