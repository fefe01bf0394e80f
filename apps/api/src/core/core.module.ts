import { Module } from '@nestjs/common';
import { WriteSide } from './write-side';
import { PartyDirectory } from './party-directory';
import { IdClaims } from './id-claims';

/** The write path shared by every feature module. */
@Module({ providers: [WriteSide, PartyDirectory, IdClaims], exports: [WriteSide, PartyDirectory, IdClaims] })
export class CoreModule {}
