"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { ActivityForm } from "./activity-form";

export function AddActivity({ today, distanceUnit }: { today: string; distanceUnit: "km" | "mi" }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [saved, setSaved] = useState(0);
  return (
    <div className="space-y-3">
      <ActivityForm
        today={today}
        distanceUnit={distanceUnit}
        onSaved={async () => {
          setSaved((n) => n + 1);
          await queryClient.invalidateQueries({ queryKey: trpc.activities.list.pathKey() });
          router.refresh();
        }}
      />
      {saved > 0 ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          Logged. Nice work.
        </p>
      ) : null}
    </div>
  );
}
