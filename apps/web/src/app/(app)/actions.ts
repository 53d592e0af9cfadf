"use server";

import { signOut } from "@stride/auth";

export async function signOutAction() {
  await signOut({ redirectTo: "/signin" });
}
