// Which kinds' validators have loaded. Free of zod and Lit, so the element code can ask without
// loading either; the validator modules fill it in (see kindValidator in shared.ts).
import type { ContentByKind, KindName } from '../kinds.js';
import type { Validation } from '../validate.js';

/** Checks a document of one kind. */
export type KindValidator<K extends KindName> = (input: unknown) => Validation<ContentByKind[K]>;

/**
 * The validators whose modules have run, by kind. A page that runs the validator before the
 * widget (`mendkit head` for unstamped content does) lets the widget check its content in its
 * first render, instead of rendering "Loading…" while it awaits an import.
 */
export const loadedValidators: { [K in KindName]?: KindValidator<K> } = {};
