import "server-only";
import { createCaller, createContext } from "@stride/api";
import { getDatabase } from "@stride/db/client";
import { cache } from "react";
import { getViewerId } from "~/server/viewer";

/** Server components call procedures directly, with the same context and policy as over HTTP. */
export const getServerCaller = cache(async () => {
  const [db, viewerId] = await Promise.all([getDatabase(), getViewerId()]);
  return createCaller(createContext({ db, viewerId }));
});
