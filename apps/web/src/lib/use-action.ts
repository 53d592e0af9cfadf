"use client";

import { useState } from "react";
import { useRefresh } from "~/trpc/use-refresh";
import { serverMessage } from "./server-message";

/**
 * A call to the server from a button that is not a form, keeping a refusal as the server's
 * sentence (serverMessage) until the next attempt. `attempt` says whether the call went through.
 */
export function useAttempt() {
  const [error, setError] = useState<string | null>(null);
  const attempt = async (action: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(serverMessage(caught));
      return false;
    }
  };
  return { attempt, error };
}

/**
 * The one way a button that is not a form calls the server: run the mutation, then refresh what
 * is on screen (useRefresh); a refusal is kept as the server's sentence (serverMessage).
 */
export function useAction() {
  const refresh = useRefresh();
  const { attempt, error } = useAttempt();
  const run = (action: () => Promise<unknown>) =>
    attempt(async () => {
      await action();
      await refresh();
    });
  return { run, error };
}
