import { InvalidArgumentError, type Command } from 'commander';
import type { Session } from './session';

/**
 * Wraps a command body for commander: loads the core only now (so that `--help` stays instant), runs the body in
 * a session and sets the exit code. Commander passes the positional arguments, the options, then the command.
 */
export function action<A extends unknown[]>(body: (session: Session, ...args: A) => Promise<void>) {
  return async (...args: unknown[]): Promise<void> => {
    const command = args.at(-1) as Command;
    const { runCommand } = await import('./session');
    process.exitCode = await runCommand(command.optsWithGlobals(), (session) => body(session, ...(args.slice(0, -1) as A)));
  };
}

/** Collects a repeatable option into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Parses a positive whole number given on the command line; anything else is a usage error (exit code 2). */
export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(value);
  return Number(value);
}
