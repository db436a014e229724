#!/usr/bin/env node
// The floor of the benchmark: the least any tool that reads a repository's Markdown can do.
//
//   node bench/floor.mjs <folder>
//
// Walks <folder> (skipping .git, .qms and node_modules, as qms does), reads every .md file as
// UTF-8 one at a time (readFileSync, as qms does), and runs one legal-citation-like regular
// expression over each. Prints the number of files, bytes and matches. Nothing else: no front
// matter, no Markdown, no register, no rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const SKIPPED = new Set(['.git', '.qms', 'node_modules']);
/** number[/year]/SYMBOL, loosely: 61/2018/NĐ-CP, 61 / 2018 / ND-CP, 101/QĐ-BKHCN. */
const CITATION = /(?<![\p{L}\p{N}/.-])\d{1,5}(?:\s*\/\s*(?:19|20)\d\d)?\s*\/\s*\p{L}{1,16}\d{0,3}(?:\s*-\s*\p{L}{1,16}\d{0,3}){0,7}/gu;

const root = process.argv[2] ?? '.';
let files = 0;
let bytes = 0;
let matches = 0;

function walk(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) walk(join(folder, entry.name));
    } else if (entry.isFile() && entry.name.endsWith('.md')) {
      const text = readFileSync(join(folder, entry.name), 'utf8');
      files++;
      bytes += text.length;
      CITATION.lastIndex = 0;
      while (CITATION.exec(text) !== null) matches++;
    }
  }
}

walk(root);
process.stdout.write(`${files} files, ${bytes} UTF-16 code units, ${matches} citation-like matches\n`);
