"use client";

import { type ReactNode, useState } from "react";
import { TextLink } from "~/components/text-link";
import { Alert, Button } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";

/**
 * The one button of a page reached from a link in an email (confirm an address, unsubscribe):
 * a button rather than acting on load, so mail scanners that open every link do nothing. Shows
 * the server's sentence when it refuses, and `done` with a link onward when it worked.
 */
export function LinkAction<T>(props: {
  run: () => Promise<T>;
  label: string;
  pendingLabel: string;
  done: (result: T) => ReactNode;
  next: { href: string; label: string };
}) {
  const [state, setState] = useState<
    { at: "idle" } | { at: "pending" } | { at: "done"; result: T } | { at: "failed"; error: string }
  >({ at: "idle" });

  if (state.at === "done") {
    return (
      <div className="space-y-4">
        <Alert tone="success">{props.done(state.result)}</Alert>
        <TextLink href={props.next.href}>{props.next.label}</TextLink>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {state.at === "failed" ? <Alert tone="error">{state.error}</Alert> : null}
      <Button
        className="w-full"
        disabled={state.at === "pending"}
        onClick={async () => {
          setState({ at: "pending" });
          try {
            setState({ at: "done", result: await props.run() });
          } catch (caught) {
            setState({ at: "failed", error: serverMessage(caught) });
          }
        }}
      >
        {state.at === "pending" ? props.pendingLabel : props.label}
      </Button>
    </div>
  );
}
