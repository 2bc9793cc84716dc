import { fail, type Result } from '../api/errors';
import { inputs, isOpName, type CoreOpName, type HostOpName, type OpName, type Outputs, type ParsedInput } from '../api/operations';
import { validationError } from '../api/validationError';

type HandlersOf<Names extends OpName> = {
  [K in Names]: (input: ParsedInput<K>) => Result<Outputs[K]> | Promise<Result<Outputs[K]>>;
};
/** One function per operation, receiving parsed input. */
export type Handlers = HandlersOf<OpName>;
/** The operations the core answers, bound to one library. */
export type CoreHandlers = HandlersOf<CoreOpName>;
/** The operations the host application answers (dialogs). */
export type HostHandlers = HandlersOf<HostOpName>;

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
