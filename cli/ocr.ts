import type { Command } from 'commander';

// Placeholder: the 'ocr' command is being built (see the issue that owns it).
export function registerOcr(program: Command): void {
  program.command('ocr').description('ocr (not built yet)').action(() => {
    throw new Error('ocr is not built yet');
  });
}
