/** The list of agency repositories a province follows (`qms init --ci … --province repos.txt`), read and checked (pure: text in, list out). */
import { type Language } from '../i18n/language.js';
import { refuse } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';

/** One agency repository: its path on the CI server, and the name of its CI artifact. */
export interface AgencyRepository {
  /** `owner/name` on GitHub, `group/subgroup/project` on GitLab. */
  repository: string;
  /** Letters, digits, `.`, `_`, `-` only: names the artifact (`qms-<slug>`) and the report folder. */
  slug: string;
}

/** A repository path: segments of letters, digits, `.`, `_`, `-`; nothing a YAML file or a shell could read otherwise. */
const REPOSITORY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_.-]*)+$/;

/**
 * Reads repos.txt: one repository a line (`owner/name`, or `group/sub/project` on GitLab); blank
 * lines and `#` comments ignored. Refuses a line that is not a plain repository path (it is
 * written into a workflow) and a repository listed twice.
 */
export function readRepositoryList(text: string, language: Language): AgencyRepository[] {
  const repositories: AgencyRepository[] = [];
  const slugs = new Map<string, string>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    if (!REPOSITORY.test(line) || line.includes('..')) {
      refuse(language, 'usage', both('repos.repos-txt-line-repository', { text: line, line: index + 1 }));
    }
    const slug = line.toLowerCase().replace(/\//g, '--');
    if (slugs.has(slug)) refuse(language, 'usage', both('repos.repos-txt-line-listed', { text: line, line: index + 1, first: slugs.get(slug)! }));
    slugs.set(slug, line);
    repositories.push({ repository: line, slug });
  });
  if (repositories.length === 0) refuse(language, 'usage', both('repos.repos-txt-lists-no', {}));
  return repositories;
}

/**
 * A legal document named for the workflow (`--legal`): it becomes a default value in YAML and a
 * string in a GitHub expression, so only the characters of citations are accepted.
 */
export function checkLegalName(name: string, language: Language): string {
  const trimmed = name.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ./_()-]*$/u.test(trimmed)) {
    refuse(language, 'usage', both('repos.legal-only-document-number', { name }));
  }
  return trimmed;
}
