import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { EventStore } from '@schakel/event-store';
import { ProjectionRunner } from '@schakel/read-models';
import { EVENT_STORE } from '@schakel/infrastructure';
import { NoticeOutbox } from '../notifications/notice-outbox';

/**
 * Liveness, projection and outbox progress, for load balancers and monitoring. 503 with status
 * `projections-halted` while the read models stand still in front of an event they cannot apply.
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly outbox: NoticeOutbox,
  ) {}

  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<Record<string, unknown>> {
    const projections = await this.runner.status();
    const lagMs = projections.lastRecordedAt ? Date.now() - Date.parse(projections.lastRecordedAt) : null;
    const { failure } = projections;
    const { checkpoint, eventsApplied, leader, failure: outboxFailure } = await this.outbox.status();
    if (failure) res.status(503);
    return {
      status: failure ? 'projections-halted' : 'ok',
      store: this.store.kind,
      projections: {
        ...projections,
        lastEventAgeMs: lagMs,
        ...(failure ? { action: `fix the cause and restart, or skip it: schakel skip-poison-event --position ${failure.position} --reason "…"` } : {}),
      },
      // the outbox (docs/notifications.md): whether this process sends, and how far it has read
      outbox: { checkpoint, eventsApplied, leader, failure: outboxFailure },
    };
  }
}
