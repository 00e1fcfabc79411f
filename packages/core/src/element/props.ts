// Types only: what framework declarations (JSX, Vue, Svelte) need to know about an element,
// derived from its class so a new property or event shows up everywhere by itself.
import type { LitElement } from 'lit';

type IfEqual<A, B, Yes, No> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? Yes : No;
type WritableKeys<T> = {
  [K in keyof T]-?: IfEqual<{ [Q in K]: T[K] }, { -readonly [Q in K]: T[K] }, K, never>;
}[keyof T];
type MethodKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

/** An element's own public, writable properties (`content`, `theme`, `layout`...), all optional. */
export type MendElementProps<El extends LitElement> = Partial<
  Pick<El, Exclude<WritableKeys<El>, keyof LitElement | MethodKeys<El>>>
>;

/** `quickExit` → `quick-exit`: Lit's attribute names for mendkit's properties. */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/** The element's properties by attribute name, for HTML-like templates (Svelte, plain HTML). */
export type MendElementAttributes<El extends LitElement> = {
  [K in keyof MendElementProps<El> as K extends 'content' ? never : KebabCase<K & string>]?: MendElementProps<El>[K];
};

/** Event handler props named `on` + the event's name (`onmend-complete`), as React 19 and Svelte 5 read them. */
export type MendEventHandlers<Events> = {
  [K in keyof Events as `on${K & string}`]?: (event: Events[K]) => void;
};
