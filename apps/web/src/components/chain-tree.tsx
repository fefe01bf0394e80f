import { useTranslation } from 'react-i18next';
import { Badge } from './status';
import { linkKindText } from './link-kind';

interface TreeNode {
  readonly depth: number;
  readonly kind?: string | null;
  readonly linkId?: string | null;
  readonly partyName: string;
  readonly active: boolean;
}
interface LinkFacts {
  readonly id: string;
  readonly underAuthority: boolean;
  readonly scope: string;
  readonly startDate: string;
  readonly endDate?: string | null;
}

/** Every tier of a chain, indented by depth, with the kind of each link and whether it is active. */
export function ChainTree({ nodes, links }: { nodes: readonly TreeNode[]; links: readonly LinkFacts[] }) {
  const { t } = useTranslation();
  const byId = new Map(links.map((l) => [l.id, l]));
  return (
    <ol className="tree" aria-label={t('chain.tree')}>
      {nodes.map((node, index) => {
        const link = node.linkId ? byId.get(node.linkId) : undefined;
        return (
          <li key={`${node.linkId ?? 'root'}-${index}`} className={`tree-node${node.active ? '' : ' tree-ended'}`} style={{ marginLeft: `${node.depth * 1.75}rem` }}>
            <span className="tree-party">{node.partyName}</span>
            <span className="tree-kind">{linkKindText(t, node.kind, link?.underAuthority)}</span>
            {link?.scope && <span className="tree-scope">{link.scope}</span>}
            {node.linkId && (node.active ? <Badge tone="ok">{t('link.active')}</Badge> : <Badge tone="neutral">{t('link.ended', { date: link?.endDate ?? '' })}</Badge>)}
          </li>
        );
      })}
    </ol>
  );
}
