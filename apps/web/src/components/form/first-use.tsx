"use client";

import {
  type ComponentType,
  type FormEvent,
  type ReactNode,
  useLayoutEffect,
  useRef,
  useState,
} from "react";

/** What the light form held when the real one took over: its values and the button pressed. */
export type FirstUseStart = {
  values: Record<string, string>;
  /** The `value` of the submit button that was pressed before the form loaded, if one was. */
  action: string | null;
};

/**
 * The forms that load on first use, by name: a name (not a function) can be handed from a server
 * component, which then renders the light view itself and ships none of its code.
 */
const FORMS = {
  comment: () => import("../comment-form"),
  emailInvite: () => import("../email-invite-form"),
  proposalAnswer: () => import("../../app/(app)/goals/_components/proposal-answer-form"),
};
export type FirstUseForm = keyof typeof FORMS;

/**
 * A form on a main screen that costs no JavaScript until it is used (the page budgets in
 * e2e/page-budgets.spec.ts leave no room for react-hook-form and zod on /goals, /coach and the
 * group feed). `light` is the form's own view with plain named fields and submit buttons. Focus
 * inside it loads `form` (the real react-hook-form component); the first input or submit hands
 * over: the real form starts from what was typed, the focus and caret stay where they were, and
 * a button pressed before it arrived is run.
 */
export function FirstUse({
  form,
  props,
  light,
}: {
  form: FirstUseForm;
  props: object;
  light: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const state = useRef({ loading: false, loaded: false, wanted: false, held: false });
  const pressed = useRef<string | null>(null);
  const focused = useRef<string | null>(null);
  // The loaded component is rendered as it is, never through React.lazy and Suspense: a
  // boundary's fallback stays up for a moment, and a press meant for the form would hit it.
  const full = useRef<ComponentType<{ start: FirstUseStart }> | null>(null);
  const [start, setStart] = useState<FirstUseStart | null>(null);

  const takeOver = () => {
    const now = state.current;
    // A press in progress ends on the light form: a button replaced under the pointer would
    // lose its click.
    if (!now.loaded || !now.wanted || now.held || start) return;
    const form = box.current?.querySelector("form");
    const values: Record<string, string> = {};
    for (const [name, value] of form ? new FormData(form) : [])
      if (typeof value === "string") values[name] = value;
    const active = document.activeElement;
    focused.current =
      active instanceof HTMLElement && box.current?.contains(active)
        ? active.getAttribute("name")
        : null;
    setStart({ values, action: pressed.current });
  };
  const preload = () => {
    if (state.current.loading) return;
    state.current.loading = true;
    FORMS[form]().then(
      (module) => {
        full.current = module.default as ComponentType<{ start: FirstUseStart }>;
        state.current.loaded = true;
        takeOver();
      },
      // Offline: the light form stays, and the next use tries again.
      () => {
        state.current.loading = false;
      },
    );
  };
  const want = () => {
    state.current.wanted = true;
    preload();
    takeOver();
  };
  const release = () =>
    setTimeout(() => {
      state.current.held = false;
      takeOver();
    }, 0);

  // The field that had the focus keeps it in the real form, caret at the end of what was typed.
  useLayoutEffect(() => {
    if (!start || !focused.current) return;
    const field = box.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      `[name="${focused.current}"]`,
    );
    field?.focus();
    // Email, number and date inputs have no caret to place (setSelectionRange throws on them,
    // which took the whole page down when someone typed an email invitation).
    if (field && field.selectionStart !== null) {
      field.setSelectionRange(field.value.length, field.value.length);
    }
  }, [start]);

  const onSubmit = (event: FormEvent<HTMLDivElement>) => {
    event.preventDefault();
    pressed.current =
      (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ?? "submit";
    want();
  };

  const Full = full.current;
  return (
    <div
      ref={box}
      onFocusCapture={start ? undefined : preload}
      onInputCapture={start ? undefined : want}
      onPointerDownCapture={
        start
          ? undefined
          : () => {
              state.current.held = true;
              preload();
            }
      }
      onPointerUpCapture={start ? undefined : release}
      onPointerCancelCapture={start ? undefined : release}
      onSubmitCapture={start ? undefined : onSubmit}
    >
      {start && Full ? <Full {...props} start={start} /> : light}
    </div>
  );
}
