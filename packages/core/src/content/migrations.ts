import type { Problem } from './problems.js';
import { CURRENT_SCHEMA_VERSION } from './schema-version.js';

type Json = Record<string, unknown>;

/** Upgrades a document of one `schemaVersion` to the next. Pure: returns a new object. */
export type Migration = (doc: Json) => Json;

/** Per kind, the migration that starts at each schemaVersion (key N upgrades N to N + 1). */
export type MigrationRegistry = Readonly<Record<string, Readonly<Record<number, Migration>>>>;

/** Version 1 is the first published shape, so there is nothing to upgrade yet. */
export const migrations: MigrationRegistry = {};

export type MigrationResult = { ok: true; doc: unknown } | { ok: false; problems: Problem[] };

/** Runs the migrations a document needs, oldest first, before it is validated. */
export function migrate(
  input: unknown,
  registry: MigrationRegistry = migrations,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: true, doc: input };
  let doc = input as Json;
  const kind = typeof doc.kind === 'string' ? doc.kind : '';
  let version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: true, doc }; // the schema reports it
  if (version > target)
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message: `is ${version}, newer than this version of mendkit understands (${target}); update mendkit`,
        },
      ],
    };
  while (version < target) {
    const step = registry[kind]?.[version];
    if (!step)
      return {
        ok: false,
        problems: [{ path: 'schemaVersion', message: `is ${version}, and there is no way to upgrade it to ${target}` }],
      };
    doc = { ...step(doc), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, doc };
}
