import type { VirtualUser } from "../load/client";

export type LiveEvent = { id?: string; event?: string; data?: string; retry?: string };

/**
 * A group's live feed (the tRPC subscription over server-sent events) read as the browser's
 * EventSource would: the request it makes, and the raw events, parsed.
 */
export async function openLiveFeed(
  user: VirtualUser,
  groupId: string,
  lastEventId: string | null = null,
) {
  const input = encodeURIComponent(JSON.stringify({ json: { groupId, lastEventId } }));
  const response = await fetch(`${user.base}/api/trpc/groups.live?input=${input}`, {
    headers: {
      accept: "text/event-stream",
      cookie: [...user.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      ...(lastEventId ? { "last-event-id": lastEventId } : {}),
    },
  });
  if (response.status !== 200 || !response.body)
    throw new Error(`The live feed answered ${response.status}: ${await response.text()}`);
  const events: LiveEvent[] = [];
  let text = "";
  const ended = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      const blocks = text.split("\n\n");
      text = blocks.pop() ?? "";
      for (const block of blocks) {
        const event: LiveEvent = {};
        for (const line of block.split("\n")) {
          const at = line.indexOf(":");
          if (at <= 0) continue;
          const field = line.slice(0, at) as keyof LiveEvent;
          if (["id", "event", "data", "retry"].includes(field))
            event[field] = line.slice(at + 1).trimStart();
        }
        if (Object.keys(event).length > 0) events.push(event);
      }
    }
  })();
  return {
    events,
    /** Resolves when the server ends the stream. */
    ended,
    /** The events that carry data (comments and reactions), as the client would see them. */
    dataEvents: () => events.filter((event) => event.id && event.data),
  };
}
