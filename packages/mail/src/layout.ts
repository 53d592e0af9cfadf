import { escapeHtml } from "./headers";

/** What a message says, once: the text and HTML parts are both made from it. */
export type MessageBody = {
  greeting: string;
  paragraphs: string[];
  /** A list of things, each linking to where it is (a batched email's comments and mentions). */
  items?: Array<{ text: string; url: string }>;
  action?: { label: string; url: string };
  /** Lines after the button (an expiry, "ignore this if it was not you"). */
  after?: string[];
  /** The small print: why this message came, how to stop it. */
  footer?: string[];
};

export function renderText(body: MessageBody): string {
  const lines = [body.greeting, "", ...body.paragraphs.flatMap((p) => [p, ""])];
  for (const item of body.items ?? []) lines.push(`- ${item.text}`, `  ${item.url}`, "");
  if (body.action) lines.push(`${body.action.label}: ${body.action.url}`, "");
  for (const line of body.after ?? []) lines.push(line, "");
  if (body.footer?.length) lines.push("--", ...body.footer);
  return `${lines.join("\n").trimEnd()}\n`;
}

export function renderHtml(body: MessageBody): string {
  const p = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
  const action = body.action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(body.action.url)}" style="display:inline-block;padding:10px 16px;background:#0f766e;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(body.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#52525b">Or open this address: ${escapeHtml(body.action.url)}</p>`
    : "";
  const items = body.items?.length
    ? `<ul style="margin:0 0 16px;padding-left:20px">${body.items
        .map(
          (item) =>
            `<li style="margin:0 0 8px"><a href="${escapeHtml(item.url)}" style="color:#0f766e">${escapeHtml(item.text)}</a></li>`,
        )
        .join("")}</ul>`
    : "";
  const footer = body.footer?.length
    ? `<hr style="border:none;border-top:1px solid #e4e4e7;margin:24px 0 12px"><p style="margin:0;font-size:12px;color:#71717a">${body.footer.map(escapeHtml).join("<br>")}</p>`
    : "";
  return [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#18181b;max-width:560px;margin:0 auto;padding:24px">',
    p(body.greeting),
    ...body.paragraphs.map(p),
    items,
    action,
    ...(body.after ?? []).map(p),
    footer,
    "</body></html>",
  ].join("");
}
