import { useTranslation } from 'react-i18next';
import type { ChainAsOfViewQuery } from '../gql/graphql';
import { Badge } from './status';
import { linkKindText } from './link-kind';

type State = ChainAsOfViewQuery['chainAsOf'];
type ReplayLink = State['activeLinks'][number];

/** The tree of the chain at the replayed moment (names: every party the chain ever had, the principal's too): the principal, then every link below it, ended ones marked. */
export function ReplayTree({ state, names }: { state: State; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const links = [...state.activeLinks, ...state.endedLinks];
  const below = new Map<string, ReplayLink[]>();
  for (const link of links) below.set(link.fromPartyId, [...(below.get(link.fromPartyId) ?? []), link]);
  const principalName = names.get(state.principalPartyId) ?? t('kind.PRINCIPAL');
  const rows: { depth: number; link: ReplayLink | null; name: string }[] = [{ depth: 0, link: null, name: principalName }];
  const seen = new Set<string>();
  const walk = (partyId: string, depth: number) => {
    for (const link of below.get(partyId) ?? []) {
      if (seen.has(link.id)) continue;
      seen.add(link.id);
      rows.push({ depth, link, name: link.toPartyName });
      walk(link.toPartyId, depth + 1);
    }
  };
  walk(state.principalPartyId, 1);
  const shown = state.activeLinks.length + state.endedLinks.length;
  const all = state.activeLinkCount + state.endedLinkCount;
  return (
    <>
    {shown < all && <p className="meta">{t('inspect.linksShown', { shown, total: all })}</p>}
    <ol className="tree" aria-label={t('inspect.treeAt')}>
      {rows.map(({ depth, link, name }) => (
        <li key={link?.id ?? 'principal'} className={`tree-node${link && !link.active ? ' tree-ended' : ''}`} style={{ marginLeft: `${depth * 1.75}rem` }}>
          <span className="tree-party">{name}</span>
          <span className="tree-kind">{linkKindText(t, link?.kind ?? null, link?.underAuthority)}</span>
          {link && (link.active ? <Badge tone="ok">{t('link.active')}</Badge> : <Badge tone="neutral">{t('link.ended', { date: link.endDate ?? '' })}</Badge>)}
        </li>
      ))}
    </ol>
    </>
  );
}
