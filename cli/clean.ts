import type { Command } from 'commander';

// Placeholder: the 'clean' command is being built (see the issue that owns it).
export function registerClean(program: Command): void {
  program.command('clean').description('clean (not built yet)').action(() => {
    throw new Error('clean is not built yet');
  });
}
