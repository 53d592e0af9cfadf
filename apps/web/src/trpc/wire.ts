import { readWire, writeWire } from "@stride/api/wire";

/**
 * The browser's side of the wire (ARCHITECTURE.md, "The web app"): superjson's format for plain
 * data and Dates, without superjson's code on every page. The server's query cache goes down the
 * same way (query-client.ts).
 */
export const wire = {
  serialize(value: unknown) {
    const written = writeWire(value);
    if (!written)
      throw new Error("Only plain data and Dates travel between the server and the browser");
    return written;
  },
  deserialize: readWire,
};
