import type { ReactNode } from 'react';

export type Tone = 'ok' | 'warn' | 'bad' | 'neutral' | 'info';

/** A status in words with a colour and a symbol beside it: never colour alone. */
export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  const symbol = { ok: '✓', warn: '!', bad: '✕', neutral: '•', info: 'i' }[tone];
  return (
    <span className={`badge badge-${tone}`}>
      <span aria-hidden="true" className="badge-symbol">
        {symbol}
      </span>
      {children}
    </span>
  );
}

/** A number with its meaning, for the health of a chain. */
export function Count({ value, label, tone }: { value: number; label: string; tone: Tone }) {
  return (
    <span className={`count count-${value === 0 ? 'ok' : tone}`}>
      <strong>{value}</strong> {label}
    </span>
  );
}
