/** The repositories the rules are tried on: the demo agency and every rule fixture, read in full. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/load.js';
import type { Repository } from '../../src/model/repository.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { isChangeFixture } from './change-fixture.js';
import { TODAY } from './today.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(PROJECT, 'fixtures', 'rules');

/**
 * The demo agency and every rule fixture (pass and fail) with its name, read in full on TODAY; not
 * the change fixtures, whose findings need a base.
 */
export function fixtureRepositories(): Array<[name: string, repository: Repository]> {
  const found: Array<[string, Repository]> = [];
  const add = (name: string, root: string): void => {
    if (!isChangeFixture(root)) found.push([name, loadRepository(root, loadConfig(root), TODAY)]);
  };
  add('demo-agency', join(PROJECT, 'fixtures', 'demo-agency'));
  for (const group of readdirSync(FIXTURES)) {
    if (!statSync(join(FIXTURES, group)).isDirectory()) continue;
    for (const name of readdirSync(join(FIXTURES, group))) for (const variant of ['pass', 'fail']) add(`${group}/${name}/${variant}`, join(FIXTURES, group, name, variant));
  }
  return found;
}
