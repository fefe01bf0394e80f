import { Module } from '@nestjs/common';
import { WriteSide } from './write-side';
import { PartyDirectory } from './party-directory';

/** The write path shared by every feature module. */
@Module({ providers: [WriteSide, PartyDirectory], exports: [WriteSide, PartyDirectory] })
export class CoreModule {}
