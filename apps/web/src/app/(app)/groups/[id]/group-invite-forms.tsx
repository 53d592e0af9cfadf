"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createInviteInput } from "@stride/domain/groups";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { EmailInvite } from "~/components/email-invite";
import { control, TextField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { Button } from "~/components/ui";
import { textProps } from "~/lib/field-props";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";
import { useRefresh } from "~/trpc/use-refresh";

const linkForm = createInviteInput.omit({ groupId: true });
const LINK_FIELDS = ["expiresInDays", "maxUses"] as const;
/** The link's two limits, each a whole number from 1 up to `max` (createInviteInput's bounds). */
const LINK_LIMITS = [
  { name: "expiresInDays", label: "Link works for (days)", max: 30 },
  { name: "maxUses", label: "Up to (people)", max: 100 },
] as const;

/** A link for anyone, good for some days and some people; shown once. */
export function InviteLinkForm({ groupId }: { groupId: string }) {
  const trpc = useTRPC();
  const refresh = useRefresh();
  const create = useMutation(trpc.groups.createInvite.mutationOptions());
  const [link, setLink] = useState<string | null>(null);
  const form = useForm({
    defaultValues: { expiresInDays: 7, maxUses: 10 },
    resolver: zodResolver(linkForm),
  });
  const { problem, fail, clear } = useFormProblem(LINK_FIELDS, form.setError);
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    try {
      const invite = await create.mutateAsync({ groupId, ...values });
      setLink(`${window.location.origin}${invite.path}`);
      await refresh();
    } catch (error) {
      fail(error);
    }
  });
  return (
    <form aria-label="Invitation link" noValidate className="space-y-3" onSubmit={onSubmit}>
      <div className="flex flex-wrap items-end gap-3 text-sm">
        {LINK_LIMITS.map(({ name, label, max }) => (
          <div key={name} className="w-40">
            <TextField
              label={label}
              type="number"
              min={1}
              max={max}
              error={errors[name]?.message}
              {...textProps(form, name, { valueAsNumber: true })}
            />
          </div>
        ))}
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Make an invitation link
        </Button>
      </div>
      <FormProblemNotice problem={problem} />
      {link ? (
        <label className="block text-sm font-medium">
          Invitation link (shown once)
          <input readOnly value={link} className={`${control} mt-1 font-mono text-xs`} />
        </label>
      ) : null}
    </form>
  );
}

/** A personal invitation to someone who uses Stride, to this group. */
export function InviteByEmailForm({ groupId }: { groupId: string }) {
  return (
    <EmailInvite
      label="Or invite someone by email (with or without a Stride account)"
      to={{ kind: "group", groupId }}
    />
  );
}
