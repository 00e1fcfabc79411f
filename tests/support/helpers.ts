import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

interface Loadable extends HTMLElement {
  status: 'loading' | 'ready' | 'error';
  updateComplete: Promise<boolean>;
}

/** Waits until a mendkit element has finished loading (ready or error) and rendered. */
export async function settled<T extends Loadable>(el: T, timeout = 5000): Promise<T> {
  await waitUntil(() => el.status !== 'loading', `<${el.localName}> did not finish loading`, { timeout });
  await el.updateComplete;
  return el;
}

/** Renders a template and waits for its mendkit element to settle. */
export async function mount<T extends Loadable>(template: TemplateResult): Promise<T> {
  return settled(await fixture<T>(template));
}

/** The element's shadow root, which every mendkit element has. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** Replaces localStorage for a test; returns a restore function. */
export function stubStorage(replacement: Partial<Storage> | (() => never)): () => void {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get: typeof replacement === 'function' ? replacement : () => replacement,
  });
  return () => Object.defineProperty(window, 'localStorage', original);
}
