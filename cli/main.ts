/**
 * `epaper-md` command line: the same lib/ pipeline the extension runs, for batch work and scripting.
 * Exit codes: 0 ok, 1 failed, 2 bad usage. Results go to stdout (or -o/--out), progress and errors to stderr.
 */
import { Command, CommanderError } from 'commander';
import { registerOcr } from './ocr';
import { registerClean } from './clean';
import { registerIssue } from './issue';
import { registerDemo } from './demo';
import { UsageError } from './errors';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('epaper-md')
    .description('Turn Chinese e-paper pages into clean, structured Markdown (offline OCR + repair).')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerOcr(program);
  registerIssue(program);
  registerClean(program);
  registerDemo(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through exitOverride with code 0.
      if (err.exitCode === 0) return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`epaper-md: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`epaper-md: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
