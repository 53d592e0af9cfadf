import { redirect } from "next/navigation";
import { getViewerId } from "~/server/viewer";

export default async function Home() {
  redirect((await getViewerId()) ? "/week" : "/signin");
}
