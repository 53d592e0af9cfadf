import type { Metadata } from "next";
import { requireViewer } from "~/server/viewer";
import { INVITATION_TITLES, InvitationPage } from "../../../join/_components/invitation";

export const metadata: Metadata = { title: INVITATION_TITLES.coach };

export default async function CoachJoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requireViewer(`/coach/join/${encodeURIComponent(token)}`);
  return <InvitationPage kind="coach" token={token} />;
}
