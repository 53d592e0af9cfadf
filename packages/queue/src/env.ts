import { z } from "zod";

const schema = z.object({
  /** "off": this instance adds jobs but runs none (another instance runs them). Default "on". */
  QUEUE_WORKER: z.enum(["on", "off"], { error: "QUEUE_WORKER must be on or off" }).default("on"),
});

/** Whether this process runs jobs, from QUEUE_WORKER (read once). */
export function queueRunsJobs(): boolean {
  parsed ??= schema.parse(process.env);
  return parsed.QUEUE_WORKER === "on";
}

let parsed: z.infer<typeof schema> | undefined;
