import { channelOfAcknowledgement } from '@schakel/domain';
import { LessThan, MoreThan } from 'typeorm';
import type { Projection } from '../runner/projection';
import { InstructionAcknowledgementRow } from './instruction-acknowledgement.entity';
import { InstructionReceiptRow } from './instruction-receipt.entity';
import { InstructionVersionRow } from './instruction-version.entity';
import { asChainEvent, chainIdOf } from '../runner/logged-event';

/** Instruction versions, who received which version over which link, and who acknowledged it. */
export const instructionProjection: Projection = {
  name: 'instructions',
  handles: new Set<string>(['SafetyInstructionIssued', 'SafetyInstructionPassedDown', 'SafetyInstructionAcknowledged']),
  owns: [InstructionVersionRow, InstructionReceiptRow, InstructionAcknowledgementRow],
  async apply(logged, manager) {
    const event = asChainEvent(logged);
    const chainId = chainIdOf(logged);
    switch (event.type) {
      case 'SafetyInstructionIssued': {
        const { data } = event;
        // A new version makes every older one (and the acknowledgements of it) stale.
        await manager.update(
          InstructionVersionRow,
          { chainId, instructionId: data.instructionId, version: LessThan(data.version) },
          { current: false },
        );
        const newer = await manager.countBy(InstructionVersionRow, {
          chainId,
          instructionId: data.instructionId,
          version: MoreThan(data.version),
        });
        const row: InstructionVersionRow = {
          instructionId: data.instructionId,
          version: data.version,
          chainId,
          issuerPartyId: data.issuerPartyId,
          content: data.content,
          topics: data.topics,
          contentHash: data.contentHash,
          current: newer === 0,
          issuedAt: logged.occurredAt,
          recordedAt: logged.recordedAt,
          eventId: logged.eventId,
        };
        await manager.upsert(InstructionVersionRow, row, ['chainId', 'instructionId', 'version']);
        return;
      }
      case 'SafetyInstructionPassedDown': {
        const { data } = event;
        const row: InstructionReceiptRow = {
          eventId: logged.eventId,
          chainId,
          instructionId: data.instructionId,
          version: data.version,
          partyId: data.toPartyId,
          linkId: data.linkId,
          fromPartyId: data.fromPartyId,
          receivedAt: logged.occurredAt,
          recordedAt: logged.recordedAt,
          retracted: false,
        };
        await manager.upsert(InstructionReceiptRow, row, ['eventId']);
        return;
      }
      case 'SafetyInstructionAcknowledged': {
        const { data } = event;
        const row: InstructionAcknowledgementRow = {
          eventId: logged.eventId,
          chainId,
          instructionId: data.instructionId,
          version: data.version,
          partyId: data.partyId,
          workerId: data.workerId,
          language: data.language,
          channel: channelOfAcknowledgement({ data, meta: { eventId: logged.eventId, occurredAt: logged.occurredAt, recordedAt: logged.recordedAt, actorPartyId: logged.actor.partyId, actorWorkerId: logged.actor.workerId ?? null } }),
          acknowledgedAt: logged.occurredAt,
          recordedAt: logged.recordedAt,
          retracted: false,
          // v1 events predate the field: they were only recorded when understood
          understood: (data as { understood?: boolean }).understood !== false,
        };
        await manager.upsert(InstructionAcknowledgementRow, row, ['eventId']);
        return;
      }
      default:
        return;
    }
  },
};
