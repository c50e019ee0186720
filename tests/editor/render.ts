/** Rendering helpers for component tests (happy-dom + preact, no testing library installed). */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(node: ComponentChild): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(node, root));
  return {
    root,
    unmount: () => {
      act(() => render(null, root));
      root.remove();
    },
  };
}

export function click(el: Element | null | undefined, init: MouseEventInit = {}): void {
  if (!el) throw new Error('element to click not found');
  act(() => void el.dispatchEvent(new MouseEvent('click', { bubbles: true, ...init })));
}

export function key(el: Element, k: string, init: KeyboardEventInit = {}): void {
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init })));
}

export function button(root: Element, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label);
  if (!found) throw new Error(`no button "${label}" in ${[...root.querySelectorAll('button')].map((b) => b.textContent).join(' | ')}`);
  return found as HTMLButtonElement;
}
