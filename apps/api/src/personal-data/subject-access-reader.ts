import { Inject, Injectable } from '@nestjs/common';
import { assertSubjectAccess, partyDecider, partyStreamId, type Interruption } from '@schakel/domain';
import { subjectAccessReport, type SubjectAccessReport } from '@schakel/application';
import { EVENT_STORE, type Caller, type PersonalDataEventStore } from '@schakel/infrastructure';
import { WriteSide } from '../core/write-side';
import type { SubjectAccess } from './subject-access.types';

const at = (iso: string): Date => new Date(iso);
const maybe = (iso: string | null): Date | null => (iso ? new Date(iso) : null);

/** Subject access (GDPR art. 15): who may ask is decided first (assertSubjectAccess), then the log is read. */
@Injectable()
export class SubjectAccessReader {
  constructor(
    private readonly writes: WriteSide,
    @Inject(EVENT_STORE) private readonly store: PersonalDataEventStore,
  ) {}

  async read(caller: Caller, partyIdInput: string, subjectIdInput: string, interrupt: Interruption): Promise<SubjectAccess> {
    const partyId = this.writes.id(partyIdInput, 'partyId');
    const subjectId = this.writes.id(subjectIdInput, 'subjectId');
    const { state } = await this.writes.load(partyDecider, partyStreamId(partyId));
    assertSubjectAccess(caller, state, partyId, subjectId);
    return toSubjectAccess(partyId, await subjectAccessReport(this.store, subjectId, new Date().toISOString(), interrupt));
  }
}

function toSubjectAccess(partyId: string, report: SubjectAccessReport): SubjectAccess {
  return {
    subjectId: report.subjectId,
    partyId,
    generatedAt: at(report.generatedAt),
    shownAs: report.shownAs,
    erasure: report.erasure ? { ...report.erasure, erasedAt: maybe(report.erasure.erasedAt) } : null,
    personalData: report.personalData.map((f) => ({ ...f, occurredAt: at(f.occurredAt), recordedAt: at(f.recordedAt) })),
    entries: report.entries.map((e) => ({ ...e, occurredAt: at(e.occurredAt), recordedAt: at(e.recordedAt) })),
    deliveries: report.deliveries.map((d) => ({ ...d, at: at(d.at) })),
    credentials: report.credentials.map((c) => ({ ...c, madeAt: at(c.madeAt), expiresAt: maybe(c.expiresAt), revokedAt: maybe(c.revokedAt) })),
  };
}
