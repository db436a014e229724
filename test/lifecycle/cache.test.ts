import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lifecycleRepo, runMainToday } from '../helpers/index.js';

describe('the lifecycle commands and the cache', () => {
  it('write nothing under .qms with --no-cache, and keep the cache without it', async () => {
    const root = lifecycleRepo();
    const created = await runMainToday(root, ['new', 'procedure', '--code', 'QT-KHCN-09', '--title', 'Quy trình thẩm định', '--owner', 'Phòng Quản lý', '--date', '2026-01-05', '--no-cache']);
    expect(created.code, created.stderr).toBe(0);
    expect(existsSync(join(root, '.qms'))).toBe(false);
    const again = await runMainToday(root, ['new', 'procedure', '--code', 'QT-KHCN-10', '--title', 'Quy trình cấp phép', '--owner', 'Phòng Quản lý', '--date', '2026-01-05']);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(join(root, '.qms/cache/documents-v6.bin'))).toBe(true);
  });
});
