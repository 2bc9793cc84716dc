import { fail, type Result } from '../api/errors';
import { inputs, isOpName, type OpName, type Outputs, type ParsedInput } from '../api/operations';
import { validationError } from '../api/validationError';

/** One function per operation, receiving parsed input. */
export type Handlers = {
  [K in OpName]: (input: ParsedInput<K>) => Result<Outputs[K]> | Promise<Result<Outputs[K]>>;
};

/** The one way into the core for IPC, HTTP and the CLI: checks the name and the input, then runs the handler. */
export async function dispatch(handlers: Handlers, name: unknown, raw: unknown): Promise<Result<unknown>> {
  if (!isOpName(name)) return fail('input.invalid', { field: 'operation' });
  const parsed = inputs[name].safeParse(raw);
  if (!parsed.success) return validationError(parsed.error, raw);
  try {
    return await handlers[name](parsed.data as never); // the isOpName check above ties name to its handler
  } catch (cause) {
    // A throw here is a bug: the log keeps the detail, the caller gets a code.
    console.error(`[compendium] ${name} failed:`, cause);
    return fail('internal');
  }
}
