"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { SelectField, TextField } from "~/components/field";
import { errorAt } from "~/components/form/nest-errors";
import { Button } from "~/components/ui";
import { WorkoutFields } from "~/components/workout/workout-fields";
import { textProps } from "~/lib/field-props";
import { emptySession, emptyWeek, paceUnitOf, type TemplateFormValues } from "./template-model";

const DAYS = ["Day 1", "Day 2", "Day 3", "Day 4", "Day 5", "Day 6", "Day 7"];
const linkButton = "min-h-11 text-xs underline";

function WeekSessions({ week }: { week: number }) {
  const form = useFormContext<TemplateFormValues>();
  const { control, formState } = form;
  const sessions = useFieldArray({ control, name: `weeks.${week}.sessions` });
  const measure = useWatch({ control, name: "measure" });
  const distance = measure === "km" || measure === "mi";
  return (
    <>
      {sessions.fields.map((session, s) => (
        <div key={session.id} className="flex flex-wrap items-end gap-2 sm:col-span-3">
          <SelectField label="Day" {...textProps(form, `weeks.${week}.sessions.${s}.dayOffset`)}>
            {DAYS.map((d, offset) => (
              <option key={d} value={String(offset)}>
                {d}
              </option>
            ))}
          </SelectField>
          {distance ? (
            <TextField
              label={`Distance (${measure})`}
              inputMode="decimal"
              error={errorAt(formState.errors, `weeks.${week}.sessions.${s}.amount`)}
              {...textProps(form, `weeks.${week}.sessions.${s}.amount`)}
            />
          ) : null}
          <div className="flex-1">
            <TextField
              label="Session note"
              error={errorAt(formState.errors, `weeks.${week}.sessions.${s}.note`)}
              {...textProps(form, `weeks.${week}.sessions.${s}.note`)}
            />
          </div>
          <button type="button" className={linkButton} onClick={() => sessions.remove(s)}>
            Remove session
          </button>
          <WorkoutFields
            form={form}
            name={`weeks.${week}.sessions.${s}.workout`}
            label={`week ${week + 1} session ${s + 1}`}
            unit={paceUnitOf(measure)}
          />
        </div>
      ))}
      <div className="flex gap-3 sm:col-span-3">
        <button
          type="button"
          className={linkButton}
          onClick={() => sessions.append(emptySession())}
        >
          Add a session
        </button>
      </div>
    </>
  );
}

/** The template's weeks (2 to 6), each with its amount and sessions. */
export function TemplateWeeks() {
  const form = useFormContext<TemplateFormValues>();
  const { control, formState } = form;
  const weeks = useFieldArray({ control, name: "weeks" });
  const measure = useWatch({ control, name: "measure" });
  return (
    <>
      <ol className="space-y-3">
        {weeks.fields.map((week, index) => (
          <li key={week.id} className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
            <fieldset className="grid gap-2 sm:grid-cols-3">
              <legend className="text-sm font-semibold">Week {index + 1}</legend>
              <div className="sm:col-span-2">
                <TextField
                  label="Title"
                  error={errorAt(formState.errors, `weeks.${index}.title`)}
                  {...textProps(form, `weeks.${index}.title`)}
                />
              </div>
              {measure !== "none" ? (
                <TextField
                  label={`Amount (${measure})`}
                  type="number"
                  step="any"
                  min="0"
                  error={errorAt(formState.errors, `weeks.${index}.value`)}
                  {...textProps(form, `weeks.${index}.value`)}
                />
              ) : null}
              <WeekSessions week={index} />
            </fieldset>
            {weeks.fields.length > 2 ? (
              <button type="button" className={linkButton} onClick={() => weeks.remove(index)}>
                Remove week {index + 1}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {weeks.fields.length < 6 ? (
        <Button
          type="button"
          variant="secondary"
          onClick={() => weeks.append(emptyWeek(weeks.fields.length + 1))}
        >
          Add a week
        </Button>
      ) : null}
    </>
  );
}
