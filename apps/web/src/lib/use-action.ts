"use client";

import { useState } from "react";
import { useRefresh } from "~/trpc/use-refresh";
import { serverMessage } from "./server-message";

/**
 * The one way a button that is not a form calls the server: run the mutation, then refresh what
 * is on screen (useRefresh); a refusal is kept as the server's sentence (serverMessage).
 */
export function useAction() {
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      await refresh();
      return true;
    } catch (caught) {
      setError(serverMessage(caught));
      return false;
    }
  };
  return { run, error };
}
