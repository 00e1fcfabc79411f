// The element manifest (built by scripts/manifest.mjs before Storybook starts) drives the docs
// pages and the Controls: every attribute, property, event (with its detail), slot, part and
// custom property, as the code declares them.
import manifest from '../packages/mendkit/custom-elements.json';
import type { ArgTypes, ArgTypesEnhancer, Decorator } from '@storybook/web-components-vite';

interface Member {
  kind: string;
  name: string;
  type?: { text?: string };
  static?: boolean;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
}
export { manifest };

const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((m) => m.declarations ?? []);
const elementOf = (tag: unknown) => declarations.find((d) => d.customElement && d.tagName === tag);
/** A widget's settable properties: public fields that are not static, read-only or getters. */
const propertiesOf = (tag: unknown) =>
  (elementOf(tag)?.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly);

/** Controls from each property's type: unions of literals are choices, booleans switches, `content` an object. */
export const controlsFromManifest: ArgTypesEnhancer = (context) => {
  const properties = propertiesOf(context.component);
  if (!properties.length) return context.argTypes;
  const argTypes: ArgTypes = { ...context.argTypes };
  const names = new Set(properties.map((p) => p.name));
  for (const [name, argType] of Object.entries(argTypes)) {
    // Only settable properties get controls: an attribute duplicates its property, read-only
    // ones (`status`, `locale`) can't be set, and events, parts, slots and custom properties are documentation.
    if (!names.has(name)) argTypes[name] = { ...argType, control: false };
  }
  for (const property of properties) {
    const type = property.type?.text ?? '';
    const literals = [...type.matchAll(/'([^']+)'/g)].map(([, value]) => value);
    const control = literals.length
      ? { type: literals.length > 3 ? 'select' : 'inline-radio' }
      : /^boolean/.test(type)
        ? { type: 'boolean' }
        : property.name === 'content'
          ? { type: 'object' }
          : /^string/.test(type)
            ? { type: 'text' }
            : false;
    const existing = argTypes[property.name] ?? { name: property.name };
    argTypes[property.name] = {
      ...existing,
      ...(literals.length ? { options: literals } : {}),
      control: existing.control === undefined || existing.control === false ? control : existing.control,
    };
  }
  return argTypes;
};

/** Sets each control's value on the story's widgets as a property, so every Control is live. */
export const applyProperties: Decorator = (story, context) => {
  const names = new Set(propertiesOf(context.component).map((p) => p.name));
  const root: ParentNode = context.canvasElement instanceof Element ? context.canvasElement : document;
  requestAnimationFrame(() =>
    root.querySelectorAll(String(context.component)).forEach((el) => {
      for (const [name, value] of Object.entries(context.args))
        if (names.has(name) && value !== undefined && (el as unknown as Record<string, unknown>)[name] !== value)
          (el as unknown as Record<string, unknown>)[name] = value;
    }),
  );
  return story();
};
