import type { EventEmitter2 } from '@nestjs/event-emitter';

/**
 * Emits a domain event inside the caller's transaction and waits for every listener to settle
 * before answering. EventEmitter2's `emitAsync` rejects at the first failing listener while the
 * others are still writing: the transaction would roll back under them and their later
 * statements run on a released connection, outside it — half a change committed. Here the
 * first failure is thrown only once all listeners are done, so the rollback takes everything.
 * Answers each listener's result as emitAsync would: those listening to every event (onAny)
 * first, then the event's own, in the order they were registered.
 */
export async function emitInTransaction<T = unknown>(events: EventEmitter2, event: string, payload: unknown): Promise<T[]> {
  const outcomes = await Promise.allSettled([
    ...events.listenersAny().map((listener) => listener(event, payload)),
    ...events.listeners(event).map((listener) => listener(payload)),
  ]);
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<T>).value);
}
