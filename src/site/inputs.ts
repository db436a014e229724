/**
 * What a document page depends on besides its own text, as named lookups with their values: the
 * page of a code (`c:` + code), the documents using a form (`u:` + code), what the site shows of a
 * register entry — its name, title and status on the day (`l:` + key) —, the forms a document names
 * with their titles (`f`), the legal basis its TTHC records add (`t`). Rendering records every
 * lookup it makes; the next run asks the same lookups again, and a page whose text and lookups all
 * answer as before would come out the same, so it is neither read nor rendered. The date itself is
 * no input: a status that changes with the day changes its lookup's value.
 */
import { createHash } from 'node:crypto';
import type { QmsConfig } from '../config/types.js';
import { displayName, type Register } from '../model/register.js';
import type { SectionTemplates } from '../sections/templates.js';
import { recordsOf } from '../sections/tthc.js';
import type { PageRecord } from './manifest.js';

/** The version of the site's pages: a change of the templates in src/site is a change of this number, so every page is made again. */
export const SITE_VERSION = 3;

/** What the lookups are asked of: the day's site as a whole. */
export interface SiteWorld {
  register: Register;
  today: string;
  /** Code (NFC) → page, documents in force only. */
  inForce: ReadonlyMap<string, string>;
  /** Form code → the documents in force that name it. */
  usedBy: ReadonlyMap<string, string[]>;
}

/** What one document gives the lookups that are its own (`f`, `t`). */
export interface OwnInputs {
  forms: ReadonlyArray<{ code: string; title: string }>;
  tthc: ReadonlyArray<{ value: string }>;
}

/** The fingerprint every page shares: the site's version, the config (language, labels, patterns), the templates, the register's aliases (which decide what a legal id reads as). */
export function globalFingerprint(config: QmsConfig, templates: SectionTemplates, register: Register): string {
  const aliases = register.entries
    .filter((entry) => entry.aliases.length > 0)
    .map((entry) => `${entry.key ?? ''}=${entry.aliases.join('|')}`)
    .sort();
  return hash(JSON.stringify([SITE_VERSION, config, templates, aliases]));
}

/** Answers lookups, remembering register answers for the run (thousands of pages cite the same decrees). */
export class Lookups {
  private readonly legal = new Map<string, string>();

  constructor(readonly world: SiteWorld) {}

  /** The value of a lookup now; `own` answers the document's own ones. */
  value(name: string, own: OwnInputs): string {
    const arg = name.slice(2);
    switch (name.slice(0, 2)) {
      case 'c:':
        return this.world.inForce.get(arg) ?? '';
      case 'u:':
        return (this.world.usedBy.get(arg) ?? []).join(' ');
      case 'l:':
        return this.legalFacts(arg);
      default:
        if (name === 'f') return JSON.stringify(own.forms);
        if (name === 't') return this.tthcBasis(own);
        // A lookup this version does not know: never equal, so the page is made again.
        return '\u0000';
    }
  }

  /** Whether every lookup of a page answers as when it was made. */
  unchanged(record: PageRecord, own: OwnInputs): boolean {
    for (const [name, value] of Object.entries(record.deps)) if (this.value(name, own) !== value) return false;
    return true;
  }

  /** What the site shows of a register entry, hashed: its names, dates and status on the day with the entries behind it. */
  legalFacts(key: string): string {
    let facts = this.legal.get(key);
    if (facts === undefined) {
      const { register, today } = this.world;
      const entry = register.get(key);
      if (!entry) facts = '-';
      else {
        const reading = register.status(key, today);
        const by = reading.by.map((r) => [displayName(r.by, r.by.id?.value ?? ''), r.relation]);
        facts = hash(JSON.stringify([entry.id?.value, entry.docKind, entry.title, entry.issuer, entry.signed?.value, entry.effective?.value, reading.status, by]));
      }
      this.legal.set(key, facts);
    }
    return facts;
  }

  /** The legal basis the document's TTHC records add to its own. */
  tthcBasis(own: OwnInputs): string {
    if (own.tthc.length === 0) return '';
    const records = recordsOf({ tthc: [...own.tthc] } as Parameters<typeof recordsOf>[0], this.world.register);
    return hash(JSON.stringify(records.map((record) => record.legalBasis.map((item) => [item.id, item.key, item.articles]))));
  }
}

/** A recorder of the lookups one page makes while it is rendered. */
export function recorder(lookups: Lookups, own: OwnInputs): { deps: Record<string, string>; ask(name: string): string } {
  const deps: Record<string, string> = {};
  return {
    deps,
    ask(name: string): string {
      const value = lookups.value(name, own);
      deps[name] = value;
      return value;
    },
  };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
