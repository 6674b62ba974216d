import { taskRowId } from './task-row';

/**
 * Where focus goes once an act on a task is done: the task's row if it is still listed (an
 * edit), else the row that followed it (or preceded it, for the last), else the heading of the
 * list it sat in. Chosen when the act starts, while the row is still on screen; without it
 * focus would fall to the page's body when the row and its buttons disappear.
 */
export function focusAfterTaskAct(taskId: string): () => void {
  const row = document.getElementById(taskRowId(taskId));
  const item = row?.closest('li');
  const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLElement>('article[id]');
  const neighbourId = neighbour?.id ?? null;
  const region = row?.closest<HTMLElement>('section[aria-labelledby]');
  const headingId = region?.getAttribute('aria-labelledby') ?? null;
  return () =>
    requestAnimationFrame(() => {
      const target =
        document.getElementById(taskRowId(taskId)) ??
        (neighbourId ? document.getElementById(neighbourId) : null) ??
        (headingId ? document.getElementById(headingId) : null) ??
        document.querySelector<HTMLElement>('main h1');
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    });
}
