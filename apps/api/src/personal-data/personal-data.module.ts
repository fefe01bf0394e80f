import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { PersonalDataEraser } from './personal-data-eraser';
import { PersonalDataResolver } from './personal-data.resolver';
import { SubjectAccessReader } from './subject-access-reader';

/** Erasure of a person's data, and what Schakel holds about them (docs/personal-data.md). */
@Module({ imports: [CoreModule], providers: [PersonalDataResolver, PersonalDataEraser, SubjectAccessReader] })
export class PersonalDataModule {}
