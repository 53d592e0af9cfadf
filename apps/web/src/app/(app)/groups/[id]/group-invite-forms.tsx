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
        <div className="w-40">
          <TextField
            label="Link works for (days)"
            type="number"
            min={1}
            max={30}
            error={errors.expiresInDays?.message}
            {...textProps(form, "expiresInDays", { valueAsNumber: true })}
          />
        </div>
        <div className="w-40">
          <TextField
            label="Up to (people)"
            type="number"
            min={1}
            max={100}
            error={errors.maxUses?.message}
            {...textProps(form, "maxUses", { valueAsNumber: true })}
          />
        </div>
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
