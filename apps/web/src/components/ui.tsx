import type { ComponentProps, ReactNode } from "react";

export function Card({ children, className = "", ...props }: ComponentProps<"section">) {
  return (
    <section
      {...props}
      className={`rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900 ${className}`}
    >
      {children}
    </section>
  );
}

/**
 * A card under its own heading; with `headingId` the heading names the section, so screen readers
 * list it as a region. `gap` is the space below the heading.
 */
export function Section({
  title,
  headingId,
  gap = "mb-1",
  children,
  ...props
}: Omit<ComponentProps<"section">, "title"> & {
  title: ReactNode;
  headingId?: string;
  gap?: "mb-1" | "mb-2" | "mb-3" | "mb-4";
}) {
  return (
    <Card aria-labelledby={headingId} {...props}>
      <h2 id={headingId} className={`${gap} text-lg font-semibold`}>
        {title}
      </h2>
      {children}
    </Card>
  );
}

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<"button"> & { variant?: "primary" | "secondary" }) {
  const look =
    variant === "primary"
      ? "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-brand-600/60"
      : "border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800";
  return (
    <button
      className={`inline-flex min-h-11 items-center justify-center rounded-lg px-4 text-sm font-semibold transition disabled:cursor-not-allowed ${look} ${className}`}
      {...props}
    />
  );
}

/** A form's Cancel, beside its submit button; none where the form cannot be cancelled. */
export function CancelButton({ onCancel }: { onCancel?: () => void }) {
  return onCancel ? (
    <Button type="button" variant="secondary" onClick={onCancel}>
      Cancel
    </Button>
  ) : null;
}

/** Reply, Edit, Delete, Comment, React: quiet buttons, each a full 44 px touch target. */
export const quietButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800";

export function Alert({ tone, children }: { tone: "error" | "success"; children: ReactNode }) {
  const look =
    tone === "error"
      ? "border-red-300 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
      : "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-200";
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg border px-3 py-2 text-sm ${look}`}
    >
      {children}
    </p>
  );
}

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      {children ? <p className="mt-1 text-zinc-600 dark:text-zinc-400">{children}</p> : null}
    </header>
  );
}

export function Badge({
  children,
  tone = "neutral",
}: {
  children: ReactNode;
  tone?: "neutral" | "brand" | "warning" | "success" | "danger";
}) {
  const look = {
    neutral: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
    brand: "bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100",
    warning: "bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200",
    success: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200",
    danger: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200",
  }[tone];
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ${look}`}
    >
      {children}
    </span>
  );
}

/** A row of buttons for one choice (Accept / Decline): the first is the main one. */
export function ButtonRow({
  buttons,
  disabled,
}: {
  buttons: { label: string; onClick: () => unknown }[];
  disabled?: boolean;
}) {
  return (
    <div className="flex gap-2">
      {buttons.map((button, index) => (
        <Button
          key={button.label}
          type="button"
          variant={index === 0 ? "primary" : "secondary"}
          disabled={disabled}
          onClick={button.onClick}
        >
          {button.label}
        </Button>
      ))}
    </div>
  );
}
