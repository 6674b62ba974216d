import { questionElementId } from './assessment-definition';

/** Brings a question into view and puts focus on its first control, so the worker can answer it at once. */
export function focusQuestion(key: string): void {
  const holder = document.getElementById(questionElementId(key));
  if (!holder) return;
  holder.scrollIntoView({ block: 'center' });
  holder.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select')?.focus({ preventScroll: true });
}
