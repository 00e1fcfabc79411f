import * as z from 'zod/mini';
import { LIMITS } from '../limit-values.js';
import { linkRule, safeUrl } from '../links.js';
import { CURRENT_SCHEMA_VERSION } from '../schema-version.js';

/** Every content document starts with this header; each kind adds its own fields. */
export { CURRENT_SCHEMA_VERSION };

const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
// BCP 47, pragmatically: language, optional script, optional region (en, es-MX, zh-Hant-TW).
const bcp47 = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;
const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// The rich-text link form `[words](url)`, as rich-text.ts reads it.
const richLink = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/**
 * Visible text: trimmed, never empty. It may hold `**bold**`, `*emphasis*` and `[links](url)`;
 * a link the link policy refuses is a problem here, so it is never silently dropped on the page.
 */
export const text = () =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(LIMITS.textChars),
    z.superRefine((value, ctx) => {
      if (!value.includes('](')) return;
      for (const [, , href = ''] of value.matchAll(richLink))
        if (safeUrl(href) === undefined)
          ctx.addIssue({ code: 'custom', input: value, message: `has a link to "${href}": it ${linkRule('link')}` });
    }),
  );

/** Documentation for the JSON Schema: a `$defs` name (`id`), a description, examples, a default. */
export interface Doc extends Record<string, unknown> {
  id?: string;
  description?: string;
  examples?: unknown[];
  default?: unknown;
}

/**
 * Documents a schema for the JSON Schema and docs/content.md (scripts/schemas.mjs collects it).
 * Not zod's `doc()`/`describe()`: those write to zod's global registry while schemas are
 * built, a side effect that would keep every schema, and zod, in bundles that never validate.
 * This check does nothing when parsing; it only carries the documentation.
 */
// No spread or branch where a field is built: either would keep the schemas in every bundle.
export const doc = (meta: Doc) => Object.assign((): void => undefined, { mendkitDoc: meta });

/**
 * Documents an object schema. A check would copy the object's definition (reading its lazy
 * shape), which bundlers count as a side effect; this records the documentation without a copy,
 * and is marked free of side effects so a bundle that never validates drops it.
 */
export const documented = /* @__NO_SIDE_EFFECTS__ */ <T extends z.ZodMiniType>(schema: T, meta: Doc): T => {
  z.globalRegistry.add(schema, meta);
  return schema;
};

/** `doc({ description })`. */
export const describe = (description: string) => doc({ description });

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
    $schema: z.optional(z.string()).check(
      doc({
        description: "Where editors find this kind's JSON Schema, for completion and checks. Ignored by the widget.",
        examples: [`https://cdn.jsdelivr.net/npm/@mendkit/core/schemas/${kind}.schema.json`],
      }),
    ),
    kind: z.literal(kind).check(describe(`The content kind; always "${kind}" for \`<mend-${kind}>\`.`)),
    schemaVersion: z
      .literal(CURRENT_SCHEMA_VERSION)
      .check(
        describe(
          'The shape of this document (not its words). mendkit upgrades older shapes on load; today there is only 1.',
        ),
      ),
    id: id()
      .check(
        describe(
          'Names this document; saved progress is kept per id. Lowercase letters, digits and dashes; the same in every translation.',
        ),
      )
      .check(doc({ examples: ['my-quiz'] })),
    version: z.string().check(
      z.regex(semver, { error: 'should be a semantic version like "1.0.0"' }),
      doc({
        description:
          'The version of the words, as MAJOR.MINOR.PATCH. Bump it on every change; a new MAJOR version starts saved progress afresh.',
        examples: ['1.0.0'],
      }),
    ),
    locale: z
      .string()
      .check(
        z.regex(bcp47, { error: 'should be a language tag like "en" or "es-MX"' }),
        doc({ description: 'The language of the words, as a BCP 47 tag.', examples: ['en', 'es-MX'] }),
      ),
    title: text().check(describe('The heading the widget shows above everything else.')),
  };
}

/** What every document has, whatever its kind. */
export type ContentHeader = z.infer<z.ZodMiniObject<ReturnType<typeof headerShape<string>>>>;

/** A URL a person can follow, by the one link policy (see links.ts). */
export const link = () =>
  z.string().check(z.refine((value) => safeUrl(value) !== undefined, { error: () => linkRule('link') }));
