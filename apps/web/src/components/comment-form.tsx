"use client";

import { commentBody } from "@stride/domain/groups";
import { z } from "zod";
import { CommentFormView } from "./comment-form-view";
import type { FirstUseStart } from "./form/first-use";
import { useOneFieldForm } from "./form/one-field-form";

const commentForm = z.object({ body: commentBody });

export type CommentFormProps = {
  label: string;
  initial?: string;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
};

/** A comment, a reply or an edit: react-hook-form with the domain's comment rule. */
export default function CommentForm({
  label,
  initial = "",
  onSubmit,
  onCancel,
  start,
}: CommentFormProps & { start: FirstUseStart }) {
  const view = useOneFieldForm({
    name: "body",
    schema: commentForm,
    start,
    initial,
    send: (body) => onSubmit(body),
    emptyWhenSent: true,
  });
  return <CommentFormView label={label} onCancel={onCancel} {...view} />;
}
