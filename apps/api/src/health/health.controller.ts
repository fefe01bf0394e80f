import { Controller, Get, Inject } from '@nestjs/common';
import type { EventStore } from '@schakel/event-store';
import { ProjectionRunner } from '@schakel/read-models';
import { EVENT_STORE } from '../infrastructure/tokens';

/** Liveness and projection progress, for load balancers and monitoring. */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  async health(): Promise<Record<string, unknown>> {
    const projections = await this.runner.status();
    const lagMs = projections.lastRecordedAt ? Date.now() - Date.parse(projections.lastRecordedAt) : null;
    return { status: 'ok', store: this.store.kind, projections: { ...projections, lastEventAgeMs: lagMs } };
  }
}
