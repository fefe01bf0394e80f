import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CoreModule } from '../core/core.module';
import { PartyResolver } from './party.resolver';
import { PartyReads } from './party-reads';
import { RegisterPartyHandler } from './register-party/register-party.handler';
import { RegisterWorkerHandler } from './register-worker/register-worker.handler';

@Module({
  imports: [CoreModule, AccessModule],
  providers: [PartyResolver, PartyReads, RegisterPartyHandler, RegisterWorkerHandler],
  exports: [PartyReads],
})
export class PartiesModule {}
