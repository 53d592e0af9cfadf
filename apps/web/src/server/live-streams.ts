import { lifecycle } from "@stride/runtime/lifecycle";

/**
 * A live stream (server-sent events) that ends because the server shuts down gets a `retry`
 * field last: the browser's EventSource reconnects after that many milliseconds, to another
 * instance behind the load balancer, and sends the last event id it saw, so nothing is missed.
 * The delay is spread over a few seconds so that every client does not come back at once.
 */
export function withReconnectHint(response: Response): Response {
  const type = response.headers.get("content-type") ?? "";
  if (!response.body || !type.startsWith("text/event-stream")) return response;
  const hint = () => `retry: ${1000 + Math.floor(Math.random() * 2000)}\n\n`;
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      flush(controller) {
        if (lifecycle().signal.aborted) controller.enqueue(new TextEncoder().encode(hint()));
      },
    }),
  );
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
