import type { Metadata } from "next";
import { requireViewer } from "~/server/viewer";
import { INVITATION_TITLES, InvitationPage } from "../_components/invitation";

export const metadata: Metadata = { title: INVITATION_TITLES.group };

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requireViewer(`/join/${encodeURIComponent(token)}`);
  return <InvitationPage kind="group" token={token} />;
}
