/** One load of case 7: autocannon connections, spread over this many chains (one chain each at most). */
export interface HttpLoad {
  readonly connections: number;
  readonly chains: number;
}

/** Sizes of one bench run: the full run for docs/benchmarks.md, or --quick for a smoke check. */
export interface BenchOptions {
  readonly quick: boolean;
  readonly runs: number;
  /** Which cases to run (1–12); all by default. */
  readonly cases: ReadonlySet<number>;
  readonly case1Appends: number;
  readonly case2Appends: number;
  readonly case3Batches: number;
  readonly batchSize: number;
  readonly case4Writers: number;
  readonly case4AppendsPerWriter: number;
  readonly case5StreamLength: number;
  readonly case6LogSize: number;
  readonly case7DurationSec: number;
  /** 1 connection (also the API limit's load), 10 on one hot chain, 10 on 10 chains. */
  readonly case7Loads: readonly HttpLoad[];
  readonly case7LagSamples: number;
  readonly case8Histories: readonly number[];
  readonly case9ChainLength: number;
  /** Longest history whose cold command is measured. */
  readonly foldLimit: number;
  /** Case 11 (the web app): links in the principal's chain whose first render is timed. */
  readonly case11ChainLinks: number;
  /** Case 11: events in the chain under the inspector's replay slider. */
  readonly case11ReplayEvents: number;
  /** Case 11: slider moves timed per run of the redraw. */
  readonly case11SliderMoves: number;
  /** Case 12 (memory): chains the API process holds in its cache, and the events of each. */
  readonly case12Chains: number;
  readonly case12ChainLength: number;
}

const HTTP_LOADS: readonly HttpLoad[] = [
  { connections: 1, chains: 1 },
  { connections: 10, chains: 1 },
  { connections: 10, chains: 10 },
];
const CASES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export class BenchUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BenchUsageError';
  }
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const casesArg = argv.find((a) => a.startsWith('--cases='));
  const cases = new Set(casesArg ? casesArg.slice('--cases='.length).split(',').map(Number) : CASES);
  for (const c of cases) if (!CASES.includes(c)) throw new BenchUsageError(`--cases takes numbers 1 to ${CASES.length}, got ${casesArg}`);
  const runsArg = argv.find((a) => a.startsWith('--runs='));
  const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : 5;
  if (!Number.isInteger(runs) || runs < 1) throw new BenchUsageError(`--runs takes a whole number, got ${runsArg}`);
  return quick
    ? {
        quick, runs, cases,
        case1Appends: 50, case2Appends: 50, case3Batches: 5, batchSize: 100, case4Writers: 32, case4AppendsPerWriter: 3,
        case5StreamLength: 1000, case6LogSize: 5000,
        case7DurationSec: 2, case7Loads: HTTP_LOADS, case7LagSamples: 20,
        case8Histories: [10, 100, 1000], case9ChainLength: 2000, foldLimit: 1000,
        case11ChainLinks: 200, case11ReplayEvents: 10_000, case11SliderMoves: 3,
        case12Chains: 8, case12ChainLength: 2_000,
      }
    : {
        quick, runs, cases,
        case1Appends: 500, case2Appends: 500, case3Batches: 50, batchSize: 100, case4Writers: 32, case4AppendsPerWriter: 20,
        case5StreamLength: 10_000, case6LogSize: 100_000,
        case7DurationSec: 5, case7Loads: HTTP_LOADS, case7LagSamples: 200,
        case8Histories: [10, 1000, 10_000, 100_000], case9ChainLength: 100_000, foldLimit: 100_000,
        case11ChainLinks: 1000, case11ReplayEvents: 100_000, case11SliderMoves: 5,
        case12Chains: 8, case12ChainLength: 100_000,
      };
}
