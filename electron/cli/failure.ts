import type { AppError, Result } from '../api/errors';

/** Ends a command with exit code 1 after printing the error in the user's language. */
export class CommandFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
  }
}

/** Unwraps a Result, or ends the command with its error. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new CommandFailure(result.error);
  return result.value;
}

/** A command line that cannot work, such as conflicting options: exit code 2, like commander's own usage errors. */
export class UsageFailure extends Error {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(key);
  }
}
