import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function io(isTTY: boolean): { written: string[]; io: ConstructorParameters<typeof Progress>[0] } {
  const written: string[] = [];
  return { written, io: { stdout: { write: () => true }, stderr: { write: (t: string) => written.push(t), isTTY }, cwd: '/', env: {} } };
}

describe('Progress', () => {
  it('draws only in a terminal, only after a second, at most ten times a second, and clears', () => {
    let now = 0;
    const terminal = io(true);
    const progress = new Progress(terminal.io, 'reading', () => now);
    progress.update(1, 10);
    now = 999;
    progress.update(2, 10);
    expect(terminal.written).toEqual([]);
    now = 1000;
    progress.update(3, 10);
    now = 1050;
    progress.update(4, 10);
    now = 1100;
    progress.update(5, 10);
    progress.done();
    expect(terminal.written).toEqual(['\rreading 3/10', '\rreading 5/10', '\r\u001b[K']);
  });

  it('is silent when stderr is not a terminal', () => {
    let now = 0;
    const pipe = io(false);
    const progress = new Progress(pipe.io, 'reading', () => now);
    now = 5000;
    progress.update(1, 2);
    progress.done();
    expect(pipe.written).toEqual([]);
  });
});
