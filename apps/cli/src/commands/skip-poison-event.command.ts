import { userInfo } from 'node:os';
import { NoPoisonEventError, openReadModels, skipPoisonEvent } from '@schakel/read-models';
import { loadConfig } from '@schakel/infrastructure';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';

export const skipPoisonEventCommand: CliCommand = {
  summary: 'leave one event the read models cannot apply out of them, on an operator\'s word',
  help: `schakel skip-poison-event --position <n> --reason <text> [--by <name>]
  When /health answers 503 "projections-halted", the read models stand still in front of the event
  at that position. This records the decision to leave that one event out of the read models (who,
  when, why, in table projection_failure); the event stays in the log. Running APIs resume on their
  next poll, and rebuild-projections leaves it out too. Only the open failure's position is accepted.`,
  async run(args) {
    const { values } = parse(args, { position: { type: 'string' }, reason: { type: 'string' }, by: { type: 'string' } });
    if (!values.position || !/^\d+$/.test(values.position)) throw new UsageError('--position <n> is required: the position /health reports');
    if (!values.reason?.trim()) throw new UsageError('--reason <text> is required: why this event may stay out of the read models');
    const by = values.by?.trim() || userInfo().username;
    const readModels = await openReadModels(loadConfig().readModels);
    try {
      const skipped = await skipPoisonEvent(readModels, { position: values.position, by, reason: values.reason.trim() });
      process.stdout.write(
        `skipped: position ${skipped.position} (${skipped.eventType} ${skipped.eventId} in ${skipped.streamId}) stays out of the read models; ` +
          `recorded in projection_failure by ${by}: ${values.reason.trim()}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof NoPoisonEventError) throw new UsageError(error.message);
      throw error;
    } finally {
      await readModels.destroy();
    }
  },
};
