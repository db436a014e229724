import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Starts the longest test files first (longest processing time first), from the figures in
 * test/durations.json (`node scripts/test-durations.mjs`). Vitest's own order needs the results of
 * an earlier run, which a fresh clone in CI does not have; it then orders by file size, and the
 * hostile-corpus files — a few lines each, 15–25 s each — ran last, one worker finishing them while
 * the other idled. Files without a figure (new ones) go first, as vitest does with unknown files.
 */
export class LongestFirstSequencer extends BaseSequencer {
  private readonly seconds: Record<string, number> = JSON.parse(readFileSync(new URL('durations.json', import.meta.url), 'utf8'));

  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const weight = (spec: TestSpecification): number => this.seconds[relative(spec.project.config.root, spec.moduleId).split('\\').join('/')] ?? Number.POSITIVE_INFINITY;
    return [...files].sort((a, b) => weight(b) - weight(a) || (a.moduleId < b.moduleId ? -1 : 1));
  }
}
