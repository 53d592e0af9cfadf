import type { ComponentProps, FormEventHandler, ReactNode } from "react";

/**
 * What the view of a one-field FirstUse form takes, light (a plain named field, before first use)
 * or live (`useOneFieldForm`), so both render the same markup and nothing moves.
 */
export type OneFieldViewProps<Control extends "input" | "textarea"> = {
  field: Omit<ComponentProps<Control>, "children">;
  error?: string;
  problem?: ReactNode;
  busy?: boolean;
  onSubmit?: FormEventHandler<HTMLFormElement>;
};
