import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/workspace/read-full.js';
import { documentReadContext } from '../../src/model/reading.js';
import { loadConfig } from '../../src/config/load.js';
import { summarizeDocument } from '../../src/model/document.js';
import { readControlledDocument } from '../../src/document/read-document.js';
import { DEMO_AGENCY, TODAY } from '../helpers/index.js';


describe('a reading made only to be summarised', () => {
  it('summarises every document of the demo exactly as the full reading does', () => {
    const repository = loadRepository(DEMO_AGENCY, loadConfig(DEMO_AGENCY), TODAY);
    const context = documentReadContext(repository.config, repository.register);
    expect(repository.documents.length).toBeGreaterThan(30);
    for (const full of repository.documents) {
      const text = readFileSync(`${DEMO_AGENCY}/${full.file}`, 'utf8');
      const light = readControlledDocument(full.file, text, context, { summaryOnly: true });
      expect(summarizeDocument(light), full.file).toEqual(summarizeDocument(full));
      // What it leaves out, it leaves out visibly: no content hashes.
      expect(light.fingerprint).toBe('');
    }
  });

  it('keeps each mentioned code once, at its first mention', () => {
    const repository = loadRepository(DEMO_AGENCY, loadConfig(DEMO_AGENCY), TODAY);
    const mentioning = repository.documents.filter((d) => d.mentions.length > new Set(d.mentions.map((m) => m.code)).size);
    expect(mentioning.length).toBeGreaterThan(0);
    for (const document of mentioning) {
      const summary = summarizeDocument(document);
      expect(summary.mentions.map((m) => m.code)).toEqual([...new Set(document.mentions.map((m) => m.code))]);
      expect(summary.mentions[0]).toBe(document.mentions[0]);
    }
  });

  it('a reading for the document rules alone hashes its content only when an approval fingerprint is recorded to compare with', () => {
    const repository = loadRepository(DEMO_AGENCY, loadConfig(DEMO_AGENCY), TODAY);
    const context = documentReadContext(repository.config, repository.register);
    let recorded = 0;
    for (const full of repository.documents) {
      const text = readFileSync(`${DEMO_AGENCY}/${full.file}`, 'utf8');
      const reading = readControlledDocument(full.file, text, context, { contentHashes: 'when-recorded' });
      if (full.approval.approved?.fingerprint !== undefined) {
        recorded++;
        expect(reading.fingerprint, full.file).toBe(full.fingerprint);
      } else {
        expect(reading.fingerprint, full.file).toBe('');
      }
    }
    expect(recorded).toBeGreaterThan(0);
  });
});
