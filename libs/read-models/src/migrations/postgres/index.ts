// Every migration of this dialect, oldest first.
import { InitialReadModels1795458093650 } from './1795458093650-initial-read-models';
import { ProjectedStream1795460000000 } from './1795460000000-projected-stream';
import { AcknowledgementUnderstood1795470000000 } from './1795470000000-acknowledgement-understood';

export const postgresMigrations: Function[] = [InitialReadModels1795458093650, ProjectedStream1795460000000, AcknowledgementUnderstood1795470000000];
