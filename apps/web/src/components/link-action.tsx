"use client";

import Link from "next/link";
import { type ReactNode, useState } from "react";
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
        <Link
          className="font-semibold text-brand-700 underline dark:text-brand-500"
          href={props.next.href}
        >
          {props.next.label}
        </Link>
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
