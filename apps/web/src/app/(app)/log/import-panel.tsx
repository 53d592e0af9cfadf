"use client";

import { MAX_IMPORT_ACTIVITIES } from "@stride/domain/activities";
import type { ActivityType } from "@stride/domain/goals";
import {
  importBatches,
  MAX_IMPORT_FILE_BYTES,
  parseActivityFile,
  type Refusal,
  resolveStart,
  withoutStreams,
} from "@stride/domain/imports";
import { startOfDayIn } from "@stride/domain/periods";
import { formatNumber } from "@stride/domain/units";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Alert, Button } from "~/components/ui";
import { serverMessage } from "~/lib/server-message";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";
import { ImportPreviewTable, type Preview, type Verdict } from "./import-preview-table";

/** Reads the files in the browser, shows what they hold, and saves only after a yes. */
export function ImportPanel({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const inputId = useId();
  const [rows, setRows] = useState<Preview>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [verdicts, setVerdicts] = useState<Verdict[]>([]);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  /** While saving: how many of the new activities the server has taken so far. */
  const [saved, setSaved] = useState<{ done: number; of: number } | null>(null);
  const preview = useMutation(trpc.activities.previewImport.mutationOptions());
  const save = useMutation(trpc.activities.import.mutationOptions());

  const readFiles = async (files: File[]) => {
    setMessage(null);
    setVerdicts([]);
    if (files.length === 0) return;
    setBusy(true);
    const found: Preview = [];
    const refused: Refusal[] = [];
    for (const file of files) {
      if (file.size > MAX_IMPORT_FILE_BYTES) {
        refused.push({
          file: file.name,
          reason: `${file.name} is ${formatNumber(file.size / 1024 / 1024)} MB; files can be at most ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB.`,
        });
        continue;
      }
      const result = parseActivityFile(file.name, new Uint8Array(await file.arrayBuffer()));
      refused.push(...result.refused);
      for (const activity of result.activities) {
        const start = resolveStart(activity, timeZone);
        found.push({
          file: file.name,
          activity: {
            // A row with no time (Stride CSV) is keyed to the start of its day, so importing the
            // same file twice still finds the duplicates.
            startedAt: start.startedAt ?? startOfDayIn(start.date, timeZone),
            date: start.date,
            startTime: start.startTime,
            type: activity.type,
            name: activity.name?.slice(0, 120) ?? null,
            distanceMetres: activity.distanceMetres,
            durationSeconds:
              activity.durationSeconds === null ? null : Math.round(activity.durationSeconds),
            elapsedSeconds:
              activity.elapsedSeconds === null ? null : Math.round(activity.elapsedSeconds),
            elevationGainMetres: activity.elevationGainMetres,
            effort: activity.effort ?? null,
            notes: activity.notes?.slice(0, 2000) ?? null,
            source: activity.source,
            stream: activity.stream ?? null,
          },
        });
      }
    }
    setRows(found);
    setRefusals(refused);
    if (found.length > MAX_IMPORT_ACTIVITIES) {
      setMessage({
        tone: "error",
        text: `These files hold ${found.length} activities; import at most ${MAX_IMPORT_ACTIVITIES} at a time.`,
      });
    } else if (found.length > 0) {
      await check(found);
    }
    setBusy(false);
  };

  const check = async (found: Preview) => {
    try {
      // The verdicts read starts and figures, not recordings: the preview is one small request.
      const activities = withoutStreams(found.map((row) => row.activity));
      const result = await preview.mutateAsync({ activities });
      setVerdicts(result.verdicts);
    } catch (error) {
      setMessage({
        tone: "error",
        text: serverMessage(error),
      });
    }
  };

  // A new type can make a refused "run" a plausible ride, or match one already logged: ask again.
  const changeType = async (index: number, type: ActivityType) => {
    const changed = rows.map((row, i) =>
      i === index ? { ...row, activity: { ...row.activity, type } } : row,
    );
    setRows(changed);
    setBusy(true);
    await check(changed);
    setBusy(false);
  };

  const newCount = verdicts.filter((v) => v.status === "new").length;
  const duplicates = verdicts.filter((v) => v.status === "duplicate").length;

  // Only the new ones are sent, in as many requests as their recordings need (about 30 a request);
  // one that races in meanwhile is skipped by the server, and counted with the duplicates.
  const importNew = async () => {
    const fresh = verdicts.flatMap((v) => {
      const row = rows[v.index];
      return v.status === "new" && row ? [{ index: v.index, activity: row.activity }] : [];
    });
    let sent = 0;
    let imported = 0;
    let skipped = duplicates;
    setMessage(null);
    setSaved({ done: 0, of: fresh.length });
    try {
      for (const batch of importBatches(fresh.map((item) => item.activity))) {
        const result = await save.mutateAsync({ activities: batch });
        sent += batch.length;
        imported += result.imported;
        skipped += result.skipped;
        setSaved({ done: sent, of: fresh.length });
      }
      setVerdicts([]);
      setRows([]);
      setMessage({
        tone: "success",
        text: `Imported ${imported} ${imported === 1 ? "activity" : "activities"}.${skipped > 0 ? ` Skipped ${skipped} already in your log.` : ""}`,
      });
    } catch (error) {
      // What was saved stays saved and shows as in the log; importing again sends only the rest.
      const inLog = new Set(fresh.slice(0, sent).map((item) => item.index));
      setVerdicts((current) =>
        current.map((v) =>
          inLog.has(v.index) ? { ...v, status: "duplicate", reason: "Already in your log" } : v,
        ),
      );
      const before = sent > 0 ? `Imported ${imported} of ${fresh.length}, then stopped: ` : "";
      setMessage({ tone: "error", text: `${before}${serverMessage(error)}` });
    }
    setSaved(null);
    if (imported > 0) refresh();
  };

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={inputId} className="mb-1.5 block text-sm font-medium">
          Activity files
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".gpx,.tcx,.fit,.csv"
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-600 file:px-4 file:font-semibold file:text-white"
          onChange={(event) => {
            const files = event.target.files ? Array.from(event.target.files) : [];
            // Cleared, so choosing the same files again (to re-check them) reads them again.
            event.target.value = "";
            void readFiles(files);
          }}
        />
      </div>
      {busy ? <p className="text-sm">Reading files…</p> : null}
      {saved ? (
        <p role="status" className="text-sm">
          Importing… {saved.done} of {saved.of} saved.
        </p>
      ) : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {refusals.length > 0 ? (
        <ul aria-label="Files or rows not imported" className="space-y-1">
          {refusals.map((refusal, index) => (
            <li
              key={`${refusal.file}-${refusal.line ?? index}`}
              className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
            >
              <span className="font-medium">{refusal.file}</span>
              {refusal.line ? ` (line ${refusal.line})` : ""}: {refusal.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {verdicts.length > 0 ? (
        <>
          <p role="status" className="text-sm">
            {newCount} new {newCount === 1 ? "activity" : "activities"}
            {duplicates > 0 ? `, ${duplicates} already in your log (will be skipped)` : ""}.
          </p>
          <ImportPreviewTable
            rows={rows}
            verdicts={verdicts}
            disabled={busy || saved !== null}
            onTypeChange={(index, type) => void changeType(index, type)}
          />
          <div className="flex gap-3">
            <Button
              type="button"
              disabled={newCount === 0 || saved !== null}
              onClick={() => void importNew()}
            >
              {newCount === 0
                ? "Nothing new to import"
                : `Import ${newCount} new ${newCount === 1 ? "activity" : "activities"}`}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setRows([]);
                setVerdicts([]);
                setRefusals([]);
              }}
            >
              Cancel
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
