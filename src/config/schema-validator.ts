/** The JSON Schema validator of qms.config.yaml (compiled on first use; the bundle swaps in a precompiled one). */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { packagePath } from '../paths.js';

/** How the config schema is compiled (scripts/build.mjs compiles it the same way, ahead of time). */
export const AJV_OPTIONS = { allErrors: true, strict: false } as const;

/** Path of the JSON Schema of qms.config.yaml. */
export const CONFIG_SCHEMA = packagePath('schemas', 'qms.config.schema.json');

let compiled: ValidateFunction | undefined;

/**
 * The validator of qms.config.yaml against its JSON Schema. Compiled here when qms runs from its
 * sources; the bundle replaces this module by the same validator compiled at build time, which
 * saves every command the ~35 ms Ajv takes to compile it.
 */
export function configValidator(): ValidateFunction {
  compiled ??= new Ajv(AJV_OPTIONS).compile(JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8')) as object);
  return compiled;
}
