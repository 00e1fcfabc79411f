import type { EventName } from '@lit/react';

/** `mend-complete` → `MendComplete`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** React props for an element's events: `onMendComplete` listens to `mend-complete`, typed. */
export type ReactEvents<Events> = {
  [K in keyof Events & string as `on${Pascal<K>}`]: Events[K] extends Event ? EventName<Events[K]> : never;
};

/**
 * The `events` option of `createComponent` for every event in `Events`. Taking a record of all
 * the names (not a list) makes the compiler insist on each one, so a new event cannot be missed.
 */
export function reactEvents<Events>(names: Record<keyof Events & string, true>): ReactEvents<Events> {
  const entries = Object.keys(names).map((name) => [
    `on${name.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase())}`,
    name,
  ]);
  return Object.fromEntries(entries) as ReactEvents<Events>;
}
