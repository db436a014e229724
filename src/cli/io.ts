/** What a command may touch of the outside world; the entry point passes process's, tests their own. */
import { terminalSafeWriter } from '../util/terminal.js';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input, for the questions of `qms init` in a terminal; absent in tests and pipes. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** Exit codes: 0 clean, 1 findings, 2 usage, config or internal error. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** Whether to colour output written to `stream`: chalk's rules, NO_COLOR and FORCE_COLOR honoured. */
export function wantsColor(stream: Io['stdout'], env: Io['env'], flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true;
}

const RAW = Symbol('raw write');
type SafeStream = Io['stdout'] & { [RAW]?: (text: string) => unknown };

/**
 * The Io every command gets: stdout and stderr neutralise control sequences and lines that would
 * begin with `::` (util/terminal.ts), so no document text can restyle a terminal or run a GitHub
 * workflow command, whatever command or format prints it.
 */
export function terminalSafeIo(io: Io): Io {
  const wrap = (stream: Io['stdout'], progress: boolean): SafeStream => {
    const clean = terminalSafeWriter({ progress });
    return { write: (text: string) => stream.write(clean(text)), isTTY: stream.isTTY, [RAW]: (text: string) => stream.write(text) };
  };
  return { ...io, stdout: wrap(io.stdout, false), stderr: wrap(io.stderr, true) };
}

/**
 * Writes workflow commands as they are: only `--format github`, whose formatter escapes every
 * document text itself, may begin lines with `::`.
 */
export function writeWorkflowCommands(stream: Io['stdout'], text: string): void {
  const raw = (stream as SafeStream)[RAW];
  if (raw !== undefined) raw(text);
  else stream.write(text);
}
