import { readFileSync } from 'node:fs';
import { fail, ok, type Result } from '../api/errors';

/** Reads and parses JSON from a file, or from standard input when `path` is `-`. */
export function readJsonInput(path: string): Result<unknown> {
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'file.notFound' : 'file.unreadable', { path });
  }
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (cause) {
    return fail('file.badJson', { path, line: errorLine(text, String((cause as Error).message)) });
  }
}

// Node 20 reports a character position, Node 22 and later a line: either way, name the line.
function errorLine(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  return text.split('\n').length;
}
