import type { DataSource } from 'typeorm';
import type { EventStore } from '@schakel/event-store';
import { openReadModels, type ReadModelLocation } from '../src/read-model-database';
import { readModelProjections } from '../src/read-model-projections';
import { ProjectionRunner } from '../src/runner/projection-runner';
import { writeStories, type Stories } from './chain-stories';
import { expectDomainAgreement } from './expect-domain-agreement';
import { expectStoryAnswers } from './expect-story-answers';
import { dumpReadModels } from './read-model-dump';

export interface ReadModelSubject {
  readonly store: EventStore;
  readonly location: ReadModelLocation;
  /**
   * False when the log and the read models share one SQLite file in this process: the store's
   * synchronous busy wait would then block the runner's open transaction (see docs/read-models.md).
   */
  readonly appendsWhileProjecting: boolean;
  dispose(): Promise<void>;
}

/**
 * The stories written to a real store, projected by a real runner into a real read-model
 * database: the query answers, and a rebuild that ends exactly where the live run did.
 */
export function describeReadModelStories(name: string, open: () => Promise<ReadModelSubject>): void {
  describe(name, () => {
    let subject: ReadModelSubject;
    let dataSource: DataSource;
    let runner: ProjectionRunner;
    let stories: Stories;

    beforeAll(async () => {
      subject = await open();
      dataSource = await openReadModels(subject.location);
      // small batches, so the stories span many transactions and checkpoints
      runner = new ProjectionRunner(dataSource, subject.store, readModelProjections(), { batchSize: 7 });
      stories = await writeStories(subject.store);
    });

    afterAll(async () => {
      await runner?.stop();
      await dataSource?.destroy();
      await subject?.dispose();
    });

    it('applies every event of the log once and records where it stands', async () => {
      expect(await runner.catchUp()).toBe(stories.appended.length);
      expect(await runner.catchUp()).toBe(0);
      const status = await runner.status();
      expect(status).toMatchObject({
        group: 'read-models',
        eventsApplied: stories.appended.length,
        lastRecordedAt: stories.appended[stories.appended.length - 1].recordedAt,
        leader: true,
      });
      const log = await subject.store.readAll({ limit: 10_000 });
      expect(status.checkpoint).toBe(log[log.length - 1].checkpoint);
    });

    it('answers the stories exactly', async () => {
      await expectStoryAnswers(dataSource, stories);
    });

    it('agrees with the domain’s own fold of each chain stream', async () => {
      await expectDomainAgreement(dataSource, subject.store, stories.chainId, [stories.party.outsider, stories.party.otherPrincipal]);
      await expectDomainAgreement(dataSource, subject.store, stories.otherChainId, [stories.party.steel]);
    });

    it('rebuilds from the log to exactly the live state', async () => {
      const live = await dumpReadModels(dataSource);
      expect(live.chain_link).toHaveLength(7);
      expect(await runner.rebuild()).toBe(stories.appended.length);
      expect(await dumpReadModels(dataSource)).toEqual(live);
      await expectStoryAnswers(dataSource, stories);
    });

    it('follows the log in the background once started', async () => {
      let more: Stories;
      if (subject.appendsWhileProjecting) {
        runner.start();
        more = await writeStories(subject.store);
      } else {
        more = await writeStories(subject.store);
        runner.start();
      }
      const deadline = Date.now() + 10_000;
      while ((await runner.status()).eventsApplied < stories.appended.length + more.appended.length) {
        if (Date.now() > deadline) throw new RangeError('the runner did not catch up within 10 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await runner.stop();
      await expectStoryAnswers(dataSource, more);
      await expectStoryAnswers(dataSource, stories);
    });
  });
}
