import type { CliCommand } from './cli-command';
import { tokenCommand } from './token.command';
import { inviteCommand } from './invite.command';
import { verifyCommand } from './verify.command';
import { rebuildProjectionsCommand } from './rebuild-projections.command';
import { migrateCommand } from './migrate.command';
import { demoCommand } from './demo.command';
import { skipPoisonEventCommand } from './skip-poison-event.command';
import { importCommand } from './import.command';
import { subjectAccessCommand } from './subject-access.command';
import { retentionCommand } from './retention.command';

export const commands: Record<string, CliCommand> = {
  invite: inviteCommand,
  token: tokenCommand,
  verify: verifyCommand,
  'rebuild-projections': rebuildProjectionsCommand,
  'skip-poison-event': skipPoisonEventCommand,
  migrate: migrateCommand,
  demo: demoCommand,
  import: importCommand,
  'subject-access': subjectAccessCommand,
  retention: retentionCommand,
  'verify-bundle': (require('./verify-bundle.command') as typeof import('./verify-bundle.command')).verifyBundleCommand,
  'export-bundle': (require('./export-bundle.command') as typeof import('./export-bundle.command')).exportBundleCommand,
  checkpoint: (require('./checkpoint.command') as typeof import('./checkpoint.command')).checkpointCommand,
  'consistency-proof': (require('./consistency-proof.command') as typeof import('./consistency-proof.command')).consistencyProofCommand,
  'verify-consistency': (require('./verify-consistency.command') as typeof import('./verify-consistency.command')).verifyConsistencyCommand,
};

export function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  const details = Object.values(commands).map((c) => c.help).join('\n\n');
  const docs = 'The domain, its words and its stories: docs/domain.md. Every setting (environment variable): docs/operations.md.';
  return `usage: schakel <command> [options]\n\n${lines.join('\n')}\n\n${docs}\n\n${details}\n`;
}
