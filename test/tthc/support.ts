/** A small agency with one TTHC record and one procedure that handles it (the tthc/time-limit pass fixture), as files for a test repository. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(new URL('../../fixtures/rules/tthc/time-limit/pass', import.meta.url));

/** The fixture's files (path → text), with `extra` added or replacing. */
export function tthcAgency(extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(FIXTURE, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(FIXTURE);
  return { ...files, ...extra };
}

/** The fixture's config with the TTHC regions required of procedures. */
export const REGIONS_CONFIG = `organization: Sở Khoa học và Công nghệ (mẫu)
types:
  procedure:
    sections: []
    regions: [legal-basis, tthc-dossier, tthc-time-limit, tthc-fees, tthc-conditions, tthc-result]
`;
