import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { useScreenQuery } from '../data/live';
import { QueryState } from './query-state';
import { Badge } from './status';
import { linkKindText } from './link-kind';

/** Rows of the tree asked for at a time: the first page comes with the chain view, each further page on request. */
export const TREE_PAGE = 100;

const TREE_PAGE_QUERY = graphql(`
  query ChainTreePage($chainId: ID!, $first: Int!, $offset: Int!) {
    chain(id: $chainId) {
      id
      tree(first: $first, offset: $offset) { depth kind linkId partyName active scope underAuthority endDate }
    }
  }
`);

interface TreeNode {
  readonly depth: number;
  readonly kind?: string | null;
  readonly linkId?: string | null;
  readonly partyName: string;
  readonly active: boolean;
  readonly scope?: string | null;
  readonly underAuthority?: boolean | null;
  readonly endDate?: string | null;
}

/** One party of the tree, indented by depth, with the kind of its link and whether it is active (memoised: a new page leaves the drawn rows alone). */
const TreeRow = memo(function TreeRow({ node }: { node: TreeNode }) {
  const { t } = useTranslation();
  return (
    <li className={`tree-node${node.active ? '' : ' tree-ended'}`} style={{ marginLeft: `${node.depth * 1.75}rem` }}>
      <span className="tree-party">{node.partyName}</span>
      <span className="tree-kind">{linkKindText(t, node.kind, node.underAuthority ?? undefined)}</span>
      {node.scope && <span className="tree-scope">{node.scope}</span>}
      {node.linkId && (node.active ? <Badge tone="ok">{t('link.active')}</Badge> : <Badge tone="neutral">{t('link.ended', { date: node.endDate ?? '' })}</Badge>)}
    </li>
  );
});

const rowsOf = (nodes: readonly TreeNode[], offset: number) => nodes.map((node, index) => <TreeRow key={`${node.linkId ?? 'root'}-${offset + index}`} node={node} />);

/** A further page of the tree, asked for when the reader wants more. */
function TreePage({ chainId, offset }: { chainId: string; offset: number }) {
  const { data, loading, error } = useScreenQuery(TREE_PAGE_QUERY, { chainId, first: TREE_PAGE, offset }, chainId);
  if (!data) return <li className="tree-note"><QueryState loading={loading} error={error} /></li>;
  return <>{rowsOf(data.chain.tree, offset)}</>;
}

/**
 * Every tier of a chain, depth first: the first page given, further pages on request, and always how
 * many of how many parties are shown (a tree is never cut without saying so).
 */
export function ChainTree({ chainId, firstPage, total }: { chainId: string; firstPage: readonly TreeNode[]; total: number }) {
  const { t } = useTranslation();
  const [pages, setPages] = useState(1);
  const shown = Math.min(total, firstPage.length + (pages - 1) * TREE_PAGE);
  const more = Math.min(TREE_PAGE, total - shown);
  return (
    <>
      <ol className="tree" aria-label={t('chain.tree')}>
        {rowsOf(firstPage, 0)}
        {Array.from({ length: pages - 1 }, (_, i) => (
          <TreePage key={i} chainId={chainId} offset={firstPage.length + i * TREE_PAGE} />
        ))}
      </ol>
      <p className="tree-count" aria-live="polite">
        {t('chain.shownOf', { shown, total })}
        {more > 0 && (
          <>
            {' '}
            <button type="button" className="button-secondary" onClick={() => setPages((p) => p + 1)}>
              {t('chain.showMore', { count: more })}
            </button>
          </>
        )}
      </p>
    </>
  );
}
