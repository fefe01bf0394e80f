import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { EventStore } from '@schakel/event-store';
import { ProjectionHaltedError, ProjectionRunner, printableError, openReadModels, readModelProjections, leaseFor } from '@schakel/read-models';
import { type AppConfig, loadOrCreateJwtSecret, openPersonalDataStore, type PersonalDataEventStore, APP_CONFIG, EVENT_STORE, SEALED_EVENT_STORE, READ_MODELS } from '@schakel/infrastructure';
import { CommandRunner } from '../core/command-runner';
import { StreamStateCache } from '../core/stream-state-cache';
import { JWT_SECRET } from '../auth/auth.tokens';

/** The event store, the read-model database and the projection runner: opened once per process. */
@Global()
@Module({})
export class InfrastructureModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Infrastructure');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    private readonly runner: ProjectionRunner,
  ) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: InfrastructureModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: JWT_SECRET, useFactory: () => loadOrCreateJwtSecret(config.dataDir, config.jwtSecret) },
        { provide: EVENT_STORE, useFactory: () => openPersonalDataStore(config) },
        { provide: SEALED_EVENT_STORE, inject: [EVENT_STORE], useFactory: (store: PersonalDataEventStore) => store.sealed },
        { provide: READ_MODELS, useFactory: () => openReadModels(config.readModels) },
        {
          provide: ProjectionRunner,
          inject: [READ_MODELS, EVENT_STORE],
          useFactory: (dataSource: DataSource, store: EventStore) =>
            new ProjectionRunner(dataSource, store, readModelProjections(), {
              lease: leaseFor(config.readModels),
              onError: (error) =>
                new Logger('Projections').error(
                  error instanceof ProjectionHaltedError
                    ? { msg: 'projection halted at a poison event', ...error.poison }
                    : { msg: 'projection batch failed', error: printableError(error) },
                ),
            }),
        },
        {
          provide: StreamStateCache,
          inject: [EVENT_STORE],
          useFactory: (store: PersonalDataEventStore) => {
            const cache = new StreamStateCache();
            store.onErased(() => cache.clear());
            return cache;
          },
        },
        {
          provide: CommandRunner,
          inject: [EVENT_STORE, StreamStateCache],
          useFactory: (store: EventStore, cache: StreamStateCache) =>
            new CommandRunner(store, cache, () => new Date(), config.maxClockSkewMinutes * 60_000),
        },
      ],
      exports: [APP_CONFIG, JWT_SECRET, EVENT_STORE, SEALED_EVENT_STORE, READ_MODELS, ProjectionRunner, CommandRunner],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      const applied = await this.runner.catchUp();
      if (applied > 0) this.logger.log({ msg: 'read models caught up', events: applied });
    } catch (error) {
      // Start anyway: /health reports the stuck event and writes answer SERVICE_UNAVAILABLE, so an
      // operator can see it and skip it; refusing to start would hide it.
      if (!(error instanceof ProjectionHaltedError)) throw error;
      this.logger.error({ msg: 'projections halted', ...error.poison });
    }
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.readModels.destroy();
    await this.store.close();
  }
}
