"use client";

import { formatMoment } from "@stride/domain/periods";
import { createContext, type ReactNode, useContext } from "react";

/** The signed-in person's time zone, for every moment the screens show (their own clock). */
const ViewerClock = createContext<string>("UTC");

export function ViewerClockProvider({
  timeZone,
  children,
}: {
  timeZone: string;
  children: ReactNode;
}) {
  return <ViewerClock.Provider value={timeZone}>{children}</ViewerClock.Provider>;
}

/** A moment as the viewer's clock showed it ("4 Dec, 19:11"; the year when it is another year). */
export function Moment({ at, className }: { at: Date | string; className?: string }) {
  const timeZone = useContext(ViewerClock);
  const moment = new Date(at);
  return (
    <time dateTime={moment.toISOString()} className={className}>
      {formatMoment(moment, timeZone)}
    </time>
  );
}
