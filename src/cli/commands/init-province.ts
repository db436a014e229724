/** `qms init --ci <system> --province <repos.txt>`: the province workflow. */
import type { Io } from '../io.js';
import type { Language } from '../../i18n/language.js';
import type { CiTarget } from './init-ci.js';
import type { InitOptions } from './init.js';

export function initProvince(_target: CiTarget, _options: InitOptions, _io: Io, _language: Language): number {
  return 2;
}
