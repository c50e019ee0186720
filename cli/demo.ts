import type { Command } from 'commander';

// Placeholder: the 'demo' command is being built (see the issue that owns it).
export function registerDemo(program: Command): void {
  program.command('demo').description('demo (not built yet)').action(() => {
    throw new Error('demo is not built yet');
  });
}
