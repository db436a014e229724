/** What a command may touch of the outside world; the entry point passes process's, tests their own. */
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
