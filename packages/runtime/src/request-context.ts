import { AsyncLocalStorage } from "node:async_hooks";

/** What the log line of the request being served says about it besides its route and timing. */
export type RequestFields = { reqId: string; userId: string | null };

// One store per process on globalThis: the server (bundled on its own) and the app (compiled by
// Next) each load their copy of this module, and both must see the same requests.
const holder = globalThis as typeof globalThis & {
  [key: symbol]: AsyncLocalStorage<RequestFields> | undefined;
};
const KEY = Symbol.for("stride.request-context");
holder[KEY] ??= new AsyncLocalStorage<RequestFields>();
const storage = holder[KEY];

/** Runs the handling of one request with its fields, so every log line inside can name it. */
export function runWithRequest<T>(fields: RequestFields, work: () => T): T {
  return storage.run(fields, work);
}

/** The fields of the request being served here, if any. */
export function currentRequest(): RequestFields | undefined {
  return storage.getStore();
}

/** Records who the request is for (an id only, never an email), for its log line. */
export function noteViewer(userId: string | null): void {
  const fields = storage.getStore();
  if (fields && userId) fields.userId = userId;
}
