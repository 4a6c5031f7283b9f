/**
 * Reading an editor's text files: UTF-8 or a problem that names the first
 * bad line, never an exception.
 */
import { readFileSync } from 'node:fs';
import { problemFile, type Problem } from './problems.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or undefined with a problem added when it cannot be read or is not UTF-8. */
export function readText(path: string, problems: Problem[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    problems.push({
      severity: 'error',
      file: problemFile(path),
      message: `cannot be read: ${(error as Error).message}`,
      hint: 'check that the file exists and is readable',
    });
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    problems.push({
      severity: 'error',
      file: problemFile(path),
      message: `is not valid UTF-8 text (the first bad byte is on line ${firstInvalidLine(bytes)})`,
      hint: 'save the file as UTF-8 text',
    });
    return undefined;
  }
}

/** 1-based line of the first byte sequence that is not UTF-8 (lines end in \n, which never occurs inside a UTF-8 sequence). */
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      utf8.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return line - 1;
}
