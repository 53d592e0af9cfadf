import { unsubscribeWithToken } from "@stride/api";
import { getDatabase } from "@stride/db/client";
import { DomainError } from "@stride/domain/errors";

type Params = { params: Promise<{ token: string }> };

const text = (body: string, status: number) =>
  new Response(`${body}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * RFC 8058 one-click unsubscribe: the mail provider POSTs `List-Unsubscribe=One-Click` to the
 * link in the List-Unsubscribe header, with no session; the signed token says who and what.
 */
export async function POST(_request: Request, { params }: Params) {
  const { token } = await params;
  try {
    const { what } = await unsubscribeWithToken(await getDatabase(), token);
    return text(`Done: you will get no more ${what}.`, 200);
  } catch (error) {
    if (error instanceof DomainError) return text(error.message, 400);
    throw error;
  }
}

/** A person who opens the link gets the page that asks first (scanners open every link). */
export async function GET(request: Request, { params }: Params) {
  const { token } = await params;
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.url), 303);
}
