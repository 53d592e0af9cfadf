import type { Metadata } from "next";
import { Breadcrumb } from "~/components/breadcrumb";
import { Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, trpc } from "~/trpc/server";
import { AssignTemplate } from "./assign-template";
import { TemplateEditor } from "./template-editor";

export const metadata: Metadata = { title: "Plan templates" };

export default async function TemplatesPage() {
  await requireViewer("/coach/templates");
  const [templates, roster] = await Promise.all([
    fetchQuery(trpc.coach.templates.queryOptions()),
    fetchQuery(trpc.coach.roster.queryOptions()),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumb trail={[{ href: "/coach", label: "Coach" }]} />
      <PageHeader title="Plan templates">
        A meso block and its weeks, ready to assign. Each athlete gets it as a proposal on their own
        calendar, and it starts when they accept.
      </PageHeader>
      {templates.map((template) => (
        <Card key={template.id} aria-label={template.name}>
          <h2 className="text-lg font-semibold">{template.name}</h2>
          {template.fields.description ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {template.fields.description}
            </p>
          ) : null}
          <ol className="mt-2 list-decimal pl-5 text-sm">
            {template.fields.weeks.map((week, index) => (
              <li key={index}>
                {week.title}
                {week.sessions.length > 0 ? ` · ${week.sessions.length} sessions` : ""}
              </li>
            ))}
          </ol>
          {template.warnings.length > 0 ? (
            <ul
              aria-label="Ramp warnings"
              className="mt-2 space-y-1 text-sm text-amber-800 dark:text-amber-300"
            >
              {template.warnings.map((w) => (
                <li key={w.week}>⚠ {w.message}</li>
              ))}
            </ul>
          ) : null}
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium underline">Edit</summary>
            <TemplateEditor id={template.id} initial={template.fields} />
          </details>
          <AssignTemplate id={template.id} name={template.name} roster={roster} />
        </Card>
      ))}
      <Card aria-labelledby="new-template-heading">
        <h2 id="new-template-heading" className="text-lg font-semibold">
          New template
        </h2>
        <TemplateEditor id={null} initial={null} />
      </Card>
    </div>
  );
}
