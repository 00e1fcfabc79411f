// VS Code HTML custom data (https://github.com/microsoft/vscode-custom-data) from mendkit's
// element manifest: tag and attribute completion with descriptions and allowed values.
// Point `html.customData` at node_modules/mendkit/vscode.html-custom-data.json.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('packages/mendkit/custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

/** `'step' | 'list'` → two values; anything else (string, boolean) has none to offer. */
const valuesOf = (type) => {
  const literals = [...(type ?? '').matchAll(/'([^']*)'/g)].map(([, value]) => ({ name: value }));
  return literals.length ? literals : undefined;
};
const list = (title, items, show) => (items?.length ? `\n\n**${title}:** ${items.map(show).join(', ')}` : '');

const tags = elements.map((el) => ({
  name: el.tagName,
  description:
    (el.description ?? '').trim() +
    list('Events', el.events, (e) => `\`${e.name}\``) +
    list('Slots', el.slots, (s) => `\`${s.name}\``) +
    list('CSS parts', el.cssParts, (p) => `\`${p.name}\``) +
    list('CSS custom properties', el.cssProperties, (p) => `\`${p.name}\``),
  attributes: (el.attributes ?? []).map((attribute) => {
    const values = valuesOf(attribute.type?.text);
    const boolean = attribute.type?.text === 'boolean';
    return {
      name: attribute.name,
      description: attribute.description ?? '',
      ...(values ? { values } : {}),
      ...(boolean ? { valueSet: 'v' } : {}),
    };
  }),
  references: [
    { name: 'mendkit embedding guide', url: 'https://github.com/mendkit/mendkit/blob/main/docs/embedding.md' },
  ],
}));

writeFileSync(
  'packages/mendkit/vscode.html-custom-data.json',
  `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags }, null, 2)}\n`,
);
