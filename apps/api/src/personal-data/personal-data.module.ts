import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { PersonalDataEraser } from './personal-data-eraser';
import { PersonalDataResolver } from './personal-data.resolver';

/** Erasure of a person's data (docs/personal-data.md). */
@Module({ imports: [CoreModule], providers: [PersonalDataResolver, PersonalDataEraser] })
export class PersonalDataModule {}
