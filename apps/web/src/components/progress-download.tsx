import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { DownloadFailed, downloadWithProgress, type DownloadStep } from './download-progress';

type State =
  | { phase: 'IDLE' }
  | DownloadStep
  | { phase: 'READY'; href: string; bytes: number; eventsRead: number }
  | { phase: 'STOPPED' }
  | { phase: 'FAILED'; message: string };

/** A count as people of the language write it (12.345 in Dutch). */
const count = (n: number, lang: string) => new Intl.NumberFormat(lang).format(n);

/** About how long, in the largest unit that keeps it readable ("30 seconden", "4 minutes"). */
function duration(seconds: number, lang: string): string {
  const unit = (value: number, name: 'second' | 'minute' | 'hour') => new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  if (seconds < 90) return unit(Math.max(1, Math.round(seconds)), 'second');
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? unit(minutes, 'minute') : unit(Math.round(minutes / 60), 'hour');
}

/** A file's size ("1,2 MB"). */
function size(bytes: number, lang: string): string {
  const [value, name] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : bytes >= 1e3 ? [bytes / 1e3, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit: name as string, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** What the status line says at each step: the server's own counts, never a guess of ours. */
function describe(state: State, t: TFunction, lang: string): string {
  switch (state.phase) {
    case 'READING': {
      if (state.total === null) return t('downloads.readingCount', { done: count(state.done, lang) });
      const percent = Math.min(100, Math.floor((state.done / Math.max(1, state.total)) * 100));
      const read = t('downloads.reading', { done: count(state.done, lang), total: count(state.total, lang), percent });
      return state.secondsLeft ? `${read} · ${t('downloads.left', { time: duration(state.secondsLeft, lang) })}` : read;
    }
    case 'FINISHING':
      return t('downloads.finishing', { done: count(state.done, lang) });
    case 'RECEIVING':
      return t('downloads.receiving', { received: size(state.received, lang), bytes: size(state.bytes, lang) });
    case 'READY':
      return t('downloads.ready', { done: count(state.eventsRead, lang), size: size(state.bytes, lang) });
    case 'STOPPED':
      return t('downloads.stopped');
    default:
      return '';
  }
}

/** How full the bar is: events read of the total, then bytes received; empty (indeterminate) when unknown. */
function bar(state: State): { value?: number; max?: number } {
  if (state.phase === 'READING' && state.total !== null && state.total > 0) return { value: Math.min(state.done, state.total), max: state.total };
  if (state.phase === 'RECEIVING' && state.bytes > 0) return { value: state.received, max: state.bytes };
  return {};
}

function save(href: string, name: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

/**
 * A file the server makes from the whole log (the evidence bundle, the PDF report): the button starts
 * it, a bar and a line say how many events of the log are read of about how many and the time left,
 * then how much of the file has arrived; the file is saved when complete. Stopping, or leaving the
 * page, ends the server's work too.
 */
export function ProgressDownload({ url, label, saveAs }: { url: string; label: string; saveAs: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'nl';
  const [state, setState] = useState<State>({ phase: 'IDLE' });
  const running = useRef<AbortController | null>(null);
  const href = state.phase === 'READY' ? state.href : null;
  useEffect(() => () => running.current?.abort(), []);
  useEffect(() => (href ? () => URL.revokeObjectURL(href) : undefined), [href]);

  async function start() {
    const abort = new AbortController();
    running.current = abort;
    setState({ phase: 'READING', done: 0, total: null, secondsLeft: null });
    try {
      const file = await downloadWithProgress(url, setState, abort.signal);
      const made = URL.createObjectURL(file.blob);
      setState({ phase: 'READY', href: made, bytes: file.blob.size, eventsRead: file.eventsRead });
      save(made, saveAs);
    } catch (error) {
      if (abort.signal.aborted) return setState({ phase: 'STOPPED' });
      const known = error instanceof DownloadFailed ? error : null;
      const reason = known?.reason ?? known?.code ?? 'NETWORK';
      setState({ phase: 'FAILED', message: t(`downloads.failed.${reason}`, { defaultValue: known?.message ?? t('downloads.failed.NETWORK') }) });
    } finally {
      running.current = null;
    }
  }

  const busy = state.phase === 'READING' || state.phase === 'FINISHING' || state.phase === 'RECEIVING';
  return (
    <div className="progress-download">
      {busy ? (
        <div className="progress-row">
          <progress aria-label={label} {...bar(state)} />
          <button type="button" className="button-secondary" onClick={() => running.current?.abort()}>
            {t('downloads.stop')}
          </button>
        </div>
      ) : state.phase === 'READY' ? (
        <a className="button-primary" href={state.href} download={saveAs}>
          {t('downloads.saveAgain', { what: label })}
        </a>
      ) : (
        <button type="button" className="button-secondary" onClick={() => void start()}>
          {label}
        </button>
      )}
      <p className="progress-status" role="status">
        {describe(state, t, lang)}
      </p>
      {state.phase === 'FAILED' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
