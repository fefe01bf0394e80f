import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { PersonalDataEraser } from './personal-data-eraser';
import { PersonalDataResolver } from './personal-data.resolver';
import { SubjectAccessReader } from './subject-access-reader';
import { RetentionJob } from './retention-job';

/** Erasure of a person's data on request and by the daily retention job, and what Schakel holds about them (docs/personal-data.md). */
@Module({ imports: [CoreModule], providers: [PersonalDataResolver, PersonalDataEraser, SubjectAccessReader, RetentionJob] })
export class PersonalDataModule {}
