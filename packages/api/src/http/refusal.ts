import { type TRPC_ERROR_CODE_KEY, TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";

const STATUS: Partial<Record<TRPC_ERROR_CODE_KEY, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * An error answered before tRPC runs, in the shape its client reads (superjson's `json` envelope;
 * one per procedure for a batch), so the browser shows the sentence like any other refusal.
 */
export function refusal(
  code: TRPC_ERROR_CODE_KEY,
  message: string,
  options: { batchSize?: number; headers?: Record<string, string> } = {},
): Response {
  const httpStatus = STATUS[code] ?? 400;
  const one = {
    error: { json: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus } } },
  };
  const body = options.batchSize ? Array.from({ length: options.batchSize }, () => one) : one;
  return new Response(JSON.stringify(body), {
    status: httpStatus,
    headers: { "content-type": "application/json", ...options.headers },
  });
}
