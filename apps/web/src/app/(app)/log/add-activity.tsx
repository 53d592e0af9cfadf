"use client";

import { useState } from "react";
import { useRefresh } from "~/trpc/use-refresh";
import { ActivityForm } from "./activity-form";

export function AddActivity({ today, distanceUnit }: { today: string; distanceUnit: "km" | "mi" }) {
  const refresh = useRefresh();
  const [saved, setSaved] = useState(0);
  return (
    <div className="space-y-3">
      <ActivityForm
        today={today}
        distanceUnit={distanceUnit}
        onSaved={async () => {
          setSaved((n) => n + 1);
          refresh();
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
