/** Rule fixtures that hold a change: the repository at the base in `base/` and at the head in `head/`. */
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { commitAll, makeRepo } from './repo.js';

/** Whether a fixture folder holds a change (`base/` and `head/`) rather than one repository. */
export function isChangeFixture(folder: string): boolean {
  return existsSync(join(folder, 'base')) && existsSync(join(folder, 'head'));
}

/** Paths of the files under `folder`, relative to it, with `/`. */
function filesUnder(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(folder, path).split('\\').join('/'));
    }
  };
  walk(folder);
  return files;
}

/**
 * A new git repository with the fixture's `base/` committed on main and its work tree made equal
 * to `head/` (copied over it; files of base absent from head deleted, nothing staged). Returns its root.
 */
export function materializeChangeFixture(folder: string): string {
  const root = makeRepo({});
  cpSync(join(folder, 'base'), root, { recursive: true });
  commitAll(root, 'base');
  const head = join(folder, 'head');
  for (const file of filesUnder(join(folder, 'base'))) if (!existsSync(join(head, file))) rmSync(join(root, file));
  cpSync(head, root, { recursive: true, force: true });
  return root;
}
