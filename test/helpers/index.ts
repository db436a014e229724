/**
 * The shared test support: import from here. Each module has one job — today (the date of every
 * run), time (file times, hang limits), repo (temporary and git repositories), cli (running qms),
 * findings (rules in-process), csv, legal (register entries), documents (controlled documents),
 * config (qms.config.yaml texts), refusal (the QmsError a call throws), rule-fixtures (the repositories rules are tried on), and the two sample agencies, science and justice.
 */
export * from './today.js';
export * from './time.js';
export * from './repo.js';
export * from './cli.js';
export * from './findings.js';
export * from './csv.js';
export * from './legal.js';
export * from './documents.js';
export * from './config.js';
export * from './change-fixture.js';
export * from './rule-fixtures.js';
export * from './science.js';
export * from './justice.js';
export * from './refusal.js';
