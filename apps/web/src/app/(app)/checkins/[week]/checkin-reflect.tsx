"use client";

import { VISIBILITIES, VISIBILITY_LABELS } from "@stride/domain/goals";
import { useFormContext } from "react-hook-form";
import {
  CheckboxField,
  ChoiceGroup,
  Options,
  Radio,
  SelectField,
  TextAreaField,
} from "~/components/field";
import { Section } from "~/components/ui";
import { checkboxProps, radioProps, textFieldsOf, textProps } from "~/lib/field-props";
import { type CheckinFormValues, PROMPTS } from "./checkin-model";

const SCALES = [
  ["mood", "Mood"],
  ["energy", "Energy"],
] as const;

/** The three prompts, mood and energy, and who sees the check-in. */
export function CheckinReflect() {
  const form = useFormContext<CheckinFormValues>();
  const text = textFieldsOf(form);
  const errors = form.formState.errors;
  return (
    <Section headingId="reflect-heading" gap="mb-3" title="Reflect">
      <div className="space-y-4">
        {PROMPTS.map((prompt) => (
          <div key={prompt.key} className="space-y-1">
            <TextAreaField
              label={prompt.label}
              hint={prompt.hint}
              rows={2}
              error={errors[prompt.key]?.message}
              {...textProps(form, prompt.key)}
            />
            <CheckboxField
              label="Coach only (hidden from my groups)"
              {...checkboxProps(form, `coachOnly.${prompt.key}`)}
            />
          </div>
        ))}
      </div>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        {SCALES.map(([key, label]) => (
          <ChoiceGroup key={key} legend={`${label} (1 low – 5 high)`} error={errors[key]?.message}>
            {["1", "2", "3", "4", "5"].map((n) => (
              <Radio key={n} label={n} {...radioProps(form, key, n)} />
            ))}
          </ChoiceGroup>
        ))}
      </div>
      <CheckboxField
        className="mt-3"
        label="Show my mood and energy to my groups (my coach always sees them)"
        {...checkboxProps(form, "shareMood")}
      />
      <div className="mt-4 max-w-sm">
        <SelectField label="Who can see this check-in" {...text("visibility")}>
          <Options values={VISIBILITIES} labels={VISIBILITY_LABELS} />
        </SelectField>
      </div>
    </Section>
  );
}
