/** Reading a legal register entry into plain data: id and canonical key, kind, title, issuer, dates, aliases and its relations. */
import { parseArticleList } from '../legal/articles.js';
import { canonicalKey } from '../legal/key.js';
import { FieldReader } from './fields.js';
import { readFrontMatterBlock } from './frontmatter.js';
import type { LegalEntry, Relation } from '../model/document.js';

export const RELATION_FIELDS = ['amends', 'replaces', 'repeals', 'guides'] as const;
export type RelationField = (typeof RELATION_FIELDS)[number];

/**
 * Reads one legal register entry. Relation targets keep the canonical key of their id as written;
 * the register resolves aliases once every entry is known.
 */
export function readLegalEntry(file: string, text: string): LegalEntry {
  const block = readFrontMatterBlock(text);
  const entry: LegalEntry = {
    kind: 'legal',
    file,
    problems: block.problems,
    frontMatter: block.frontMatter,
    key: null,
    aliases: [],
    amends: [],
    replaces: [],
    repeals: [],
    guides: [],
  };
  if (!block.frontMatter) return entry;
  const fields = new FieldReader(block.frontMatter);
  entry.id = fields.locatedText('id');
  entry.key = entry.id ? canonicalKey(entry.id.value) : null;
  entry.docKind = fields.text('kind');
  entry.title = fields.text('title');
  entry.issuer = fields.text('issuer');
  entry.signed = fields.locatedDate('signed');
  entry.effective = fields.locatedDate('effective');
  entry.expired = fields.locatedDate('expired');
  entry.aliases = fields.texts('aliases').map((a) => a.value);
  for (const relation of RELATION_FIELDS) entry[relation] = readRelations(fields, relation);
  return entry;
}

function readRelations(fields: FieldReader, name: RelationField): Relation[] {
  const relations: Relation[] = [];
  const value = fields.value(name);
  const count = typeof value === 'string' ? 1 : fields.listLength(name);
  for (let i = 0; i < count; i++) {
    const path = typeof value === 'string' ? name : `${name}.${i}`;
    const id = fields.text(path) ?? fields.text(`${path}.id`);
    if (id === undefined) continue;
    const articles = parseArticleList(fields.texts(`${path}.articles`).map((a) => a.value));
    relations.push({ id, key: canonicalKey(id), articles, position: fields.position(path) });
  }
  return relations;
}
