import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM (`style.setProperty`). Unlike a `style`
 * attribute (and Lit's styleMap, which writes one on first render), that is allowed under a
 * strict Content Security Policy without 'unsafe-inline'. Use in element position:
 * `<div ${cssProperties({ 'inline-size': '40%' })}></div>`.
 */
class CssPropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs on an element, not in an attribute');
  }

  render(_properties: Readonly<Record<string, string>>) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
