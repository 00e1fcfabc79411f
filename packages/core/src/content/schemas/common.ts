import * as z from 'zod/mini';
import { LIMITS } from '../limits.js';
import { linkRule, safeUrl } from '../links.js';

/** Every content document starts with this header; each kind adds its own fields. */
export const CURRENT_SCHEMA_VERSION = 1;

const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
// BCP 47, pragmatically: language, optional script, optional region (en, es-MX, zh-Hant-TW).
const bcp47 = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;
const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Visible text: trimmed, never empty. */
export const text = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.textChars));

/** Identifiers that content and saved progress refer to. */
export const id = () =>
  z
    .string()
    .check(
      z.regex(kebabId, { error: 'should be a lowercase id of letters, digits and dashes, like "first-question"' }),
      z.maxLength(LIMITS.idChars),
    );

/** The fields every kind shares; spread into each kind's strict object. */
export function headerShape<K extends string>(kind: K) {
  return {
    $schema: z.optional(z.string()),
    kind: z.literal(kind),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: id(),
    version: z.string().check(z.regex(semver, { error: 'should be a semantic version like "1.0.0"' })),
    locale: z.string().check(z.regex(bcp47, { error: 'should be a language tag like "en" or "es-MX"' })),
    title: text(),
  };
}

/** What every document has, whatever its kind. */
export type ContentHeader = z.infer<z.ZodMiniObject<ReturnType<typeof headerShape<string>>>>;

/** A URL a person can follow, by the one link policy (see links.ts). */
export const link = () =>
  z.string().check(z.refine((value) => safeUrl(value) !== undefined, { error: () => linkRule('link') }));
