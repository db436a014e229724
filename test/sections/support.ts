/**
 * The generated-section tests' in-process reading: the register and procedure of the shared
 * science agency (../helpers) read the way loadRepository reads them, and render contexts.
 */
import { defaultConfig } from '../../src/config/defaults.js';
import type { QmsConfig, RegionName } from '../../src/config/types.js';
import { createMentionMatcher } from '../../src/document/mentions.js';
import type { ControlledDocument } from '../../src/model/document.js';
import { readControlledDocument } from '../../src/document/read-document.js';
import { readLegalEntry } from '../../src/document/read-legal.js';
import { Register } from '../../src/model/register.js';
import type { RenderContext } from '../../src/sections/render.js';
import { type SectionTemplates } from '../../src/sections/templates.js';
import { defaultTemplates } from '../../src/workspace/templates.js';
import { KHCN_REGISTER, TODAY } from '../helpers/index.js';

/** The register of `legal` (entry texts by file name), read in-process. */
export function register(legal: Readonly<Record<string, string>> = KHCN_REGISTER): Register {
  return new Register(Object.entries(legal).map(([file, text]) => readLegalEntry(file, text)));
}

/** A config whose procedures require `regions` (no required sections). */
export function config(regions: RegionName[] = [], language: 'vi' | 'en' = 'vi'): QmsConfig {
  const base = defaultConfig();
  base.language = language;
  base.types.procedure = { ...base.types.procedure!, sections: [], regions };
  return base;
}

/** Reads a document's text as loadRepository does. */
export function readDocument(text: string, reg: Register = register(), cfg: QmsConfig = config()): ControlledDocument {
  return readControlledDocument('procedures/QT-KHCN-01.md', text, {
    recognizer: reg.recognizer,
    legalKeys: new Set(reg.byKey.keys()),
    mentions: createMentionMatcher(Object.values(cfg.types).map((t) => t.pattern)),
  });
}

/** A render context: the register, a config requiring `regions`, the language, today and the templates. */
export function context(options: { regions?: RegionName[]; language?: 'vi' | 'en'; today?: string; templates?: SectionTemplates; legal?: Record<string, string> } = {}): RenderContext {
  const language = options.language ?? 'vi';
  return {
    register: register(options.legal),
    config: config(options.regions ?? [], language),
    today: options.today ?? TODAY,
    templates: options.templates ?? defaultTemplates(language),
  };
}

/** Every generated region, in the order they are inserted. */
export const ALL_REGIONS: RegionName[] = ['identification', 'approval', 'history', 'legal-basis'];
