import { describeEventStoreContract } from '@schakel/event-store/testing';
import { KurrentDbEventStore } from './kurrentdb-event-store';

// Runs only against a real server: KURRENTDB_URL=kurrentdb://localhost:2113?tls=false npx jest kurrentdb
// (docker compose --profile kurrentdb up kurrentdb starts one). Use a server that holds no other
// application's streams in `<category>-<id>` form: the suite reads the whole of Schakel's $all.
const url = process.env.KURRENTDB_URL;

jest.setTimeout(60_000);

describeEventStoreContract(
  'KurrentDbEventStore',
  async () => ({ store: KurrentDbEventStore.connect(url!) }),
  { skipReason: url ? undefined : 'KURRENTDB_URL is not set: no KurrentDB server to run the contract suite against' },
);
