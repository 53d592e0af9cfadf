"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { AppRouter } from "@stride/api";
import { commentBody } from "@stride/domain/groups";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { TextAreaField } from "~/components/field";
import { FormProblemNotice } from "~/components/form/form-problem";
import { RichText } from "~/components/rich-text";
import { Button } from "~/components/ui";
import { useFormProblem } from "~/lib/use-form-problem";
import { useTRPC } from "~/trpc/react";

type Comment = inferRouterOutputs<AppRouter>["social"]["goalThread"]["comments"][number];
type Reply = Comment["replies"][number];

const small =
  "text-xs font-medium text-zinc-600 underline hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100";
const when = (date: Date | string) => new Date(date).toISOString().slice(0, 16).replace("T", " ");

const commentForm = z.object({ body: commentBody });
const FIELDS = ["body"] as const;

function CommentForm({
  label,
  onSubmit,
  initial = "",
}: {
  label: string;
  initial?: string;
  onSubmit: (body: string) => Promise<void>;
}) {
  const form = useForm({ defaultValues: { body: initial }, resolver: zodResolver(commentForm) });
  const { problem, fail, clear } = useFormProblem(FIELDS, form.setError);
  const busy = form.formState.isSubmitting;
  return (
    <form
      aria-label={label}
      noValidate
      className="mt-2 flex flex-col gap-2"
      onSubmit={form.handleSubmit(async ({ body }) => {
        clear();
        try {
          await onSubmit(body);
          form.reset({ body: "" });
        } catch (error) {
          fail(error);
        }
      })}
    >
      <TextAreaField
        label={label}
        hideLabel
        placeholder={`${label}…`}
        rows={2}
        error={form.formState.errors.body?.message}
        {...form.register("body")}
      />
      <FormProblemNotice problem={problem} />
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? "Posting…" : label.startsWith("Edit") ? "Save" : "Post"}
        </Button>
      </div>
    </form>
  );
}

function OneComment({
  comment,
  onChange,
  onReply,
}: {
  comment: Comment | Reply;
  onChange: () => Promise<unknown>;
  onReply?: () => void;
}) {
  const trpc = useTRPC();
  const edit = useMutation(trpc.social.editComment.mutationOptions());
  const remove = useMutation(trpc.social.deleteComment.mutationOptions());
  const [editing, setEditing] = useState(false);
  return (
    <div className="text-sm">
      <p>
        <span className="font-semibold">{comment.authorName}</span>{" "}
        {comment.byCoach ? (
          <span className="mr-1 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">
            Coach
          </span>
        ) : null}
        <span className="text-xs text-zinc-600 dark:text-zinc-400">
          {when(comment.createdAt)} UTC{comment.edited ? " · edited" : ""}
        </span>
      </p>
      {editing ? (
        <CommentForm
          label="Edit your comment"
          initial={comment.body}
          onSubmit={async (body) => {
            await edit.mutateAsync({ commentId: comment.id, body });
            setEditing(false);
            await onChange();
          }}
        />
      ) : (
        <p className="text-zinc-800 dark:text-zinc-200">
          <RichText text={comment.body} links={comment.links} />
        </p>
      )}
      <div className="mt-1 flex gap-3">
        {onReply ? (
          <button type="button" className={small} onClick={onReply}>
            Reply
          </button>
        ) : null}
        {comment.mine && !editing ? (
          <button type="button" className={small} onClick={() => setEditing(true)}>
            Edit
          </button>
        ) : null}
        {comment.canDelete ? (
          <button
            type="button"
            className={small}
            onClick={async () => {
              await remove.mutateAsync({ commentId: comment.id });
              await onChange();
            }}
          >
            Delete
          </button>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Comments one level deep on a check-in or a goal; posting carries a client id, so a retry never
 * posts twice. A coach's comments carry a "Coach" mark.
 */
export function CommentThread({
  subject,
  comments,
  onChange,
}: {
  subject: { checkinId: string } | { goalId: string };
  comments: Comment[];
  onChange: () => Promise<unknown>;
}) {
  const trpc = useTRPC();
  const onCheckin = useMutation(trpc.social.comment.mutationOptions());
  const onGoal = useMutation(trpc.social.goalComment.mutationOptions());
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const send = async (body: string, parentId: string | null) => {
    const common = { parentId, body, clientId: crypto.randomUUID() };
    if ("checkinId" in subject)
      await onCheckin.mutateAsync({ ...common, checkinId: subject.checkinId });
    else await onGoal.mutateAsync({ ...common, goalId: subject.goalId });
    setReplyTo(null);
    await onChange();
  };
  return (
    <section
      aria-label="Comments"
      className="mt-4 space-y-3 border-t border-zinc-200 pt-3 dark:border-zinc-800"
    >
      {comments.map((comment) => (
        <div key={comment.id} className="space-y-2">
          <OneComment
            comment={comment}
            onChange={onChange}
            onReply={() => setReplyTo(comment.id)}
          />
          <div className="ml-4 space-y-2 border-l-2 border-zinc-200 pl-3 dark:border-zinc-800">
            {comment.replies.map((reply) => (
              <OneComment key={reply.id} comment={reply} onChange={onChange} />
            ))}
            {replyTo === comment.id ? (
              <CommentForm
                label={`Reply to ${comment.authorName}`}
                onSubmit={(body) => send(body, comment.id)}
              />
            ) : null}
          </div>
        </div>
      ))}
      <CommentForm label="Write a comment" onSubmit={(body) => send(body, null)} />
    </section>
  );
}
