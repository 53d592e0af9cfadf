"use client";

import type { CommentFormProps } from "./comment-form";
import { CommentFormView } from "./comment-form-view";
import { FirstUse } from "./form/first-use";

/**
 * A comment box: its light view at once, the react-hook-form one (react-hook-form, zod) on first
 * use (see FirstUse). A chunk of its own, which CommentThread loads when the first box opens.
 */
export function CommentBox(props: CommentFormProps) {
  return (
    <FirstUse
      form="comment"
      props={props}
      light={
        <CommentFormView
          label={props.label}
          field={{ name: "body", defaultValue: props.initial ?? "" }}
          onCancel={props.onCancel}
        />
      }
    />
  );
}
