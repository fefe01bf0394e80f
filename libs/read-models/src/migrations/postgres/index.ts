// Every migration of this dialect, oldest first.
import { InitialReadModels1795458093650 } from './1795458093650-initial-read-models';
import { ProjectedStream1795460000000 } from './1795460000000-projected-stream';

export const postgresMigrations: Function[] = [InitialReadModels1795458093650, ProjectedStream1795460000000];
