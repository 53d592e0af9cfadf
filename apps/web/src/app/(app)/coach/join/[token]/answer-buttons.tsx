"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, Button } from "~/components/ui";
import { useTRPC } from "~/trpc/react";

export function AnswerButtons({ token, coachName }: { token: string; coachName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.coaching.acceptInvite.mutationOptions());
  const decline = useMutation(trpc.coaching.declineInvite.mutationOptions());
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const busy = accept.isPending || decline.isPending;
  const act = async (run: () => Promise<unknown>, done: string, to: string) => {
    setMessage(null);
    try {
      await run();
      setMessage({ tone: "success", text: done });
      router.push(to);
    } catch (caught) {
      setMessage({ tone: "error", text: caught instanceof Error ? caught.message : "Try again." });
    }
  };
  return (
    <div className="space-y-2">
      <div className="flex gap-2">
        <Button
          type="button"
          disabled={busy}
          onClick={() =>
            act(
              () => accept.mutateAsync({ token }),
              `${coachName} now coaches you.`,
              "/settings#coaches",
            )
          }
        >
          Accept
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={busy}
          onClick={() => act(() => decline.mutateAsync({ token }), "Declined.", "/week")}
        >
          Decline
        </Button>
      </div>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
