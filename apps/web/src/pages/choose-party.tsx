import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { SignedOutFrame } from '../components/signed-out-frame';
import { QueryState } from '../components/query-state';
import { PARTY_HEADER, chooseParty } from '../data/acting-party';
import { useSession } from '../data/session';

const PARTY_OPTION = graphql(`
  query ActingPartyOption {
    me { name role }
    myParty { id name }
  }
`);

/** One of the person's parties: asked for with that party's header, so its name and their role there show. */
function PartyOption({ partyId, onChoose }: { partyId: string; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  // the same query for each party: only the header differs, so Apollo must not merge them into one request
  const { data, loading, error } = useQuery(PARTY_OPTION, { context: { headers: { [PARTY_HEADER]: partyId }, queryDeduplication: false }, fetchPolicy: 'no-cache' });
  if (!data) return <QueryState loading={loading} error={error} />;
  const name = data.myParty?.name ?? t('common.unknownParty');
  return (
    <li>
      <span>
        <strong>{name}</strong>
        <span className="meta"> · {t(`role.${data.me.role}`)}</span>
      </span>
      <button type="button" className="button-primary" onClick={() => onChoose(partyId)} aria-label={t('actingFor.chooseNamed', { name })}>
        {t('actingFor.choose')}
      </button>
    </li>
  );
}

/** A person who is a member of several parties chooses the one they act for (sent as x-schakel-party). */
export function ChoosePartyPage({ parties }: { parties: readonly string[] }) {
  const { t } = useTranslation();
  const { actFor, signOut } = useSession();
  return (
    <SignedOutFrame title={t('actingFor.title')} lead={t('actingFor.lead')}>
      <ul className="pick-list" aria-label={t('actingFor.parties')}>
        {parties.map((id) => (
          <PartyOption key={id} partyId={id} onChoose={(chosen) => void actFor(chosen)} />
        ))}
      </ul>
      <button
        type="button"
        className="button-quiet"
        onClick={() => {
          // signing out is a request too: it goes as one of the person's parties
          if (parties[0]) chooseParty(parties[0]);
          void signOut();
        }}
      >
        {t('nav.signOut')}
      </button>
    </SignedOutFrame>
  );
}
