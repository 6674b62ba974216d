/**
 * Moves focus to what `target` finds once the page has redrawn after a step (a move, a consent
 * recorded). The button that took the step usually disappears with it (it is no longer a next
 * step), and focus would fall to the page's body; keyboard and screen-reader users land on what
 * changed instead. A target that is not focusable by itself becomes focusable by script only.
 */
export function focusAfterStep(target: () => HTMLElement | null): void {
  // After the dialog's close and the cache's update have rendered, not before.
  window.setTimeout(() =>
    requestAnimationFrame(() => {
      const element = target() ?? document.querySelector<HTMLElement>('main h1');
      if (!element) return;
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      element.focus();
    }),
  );
}
