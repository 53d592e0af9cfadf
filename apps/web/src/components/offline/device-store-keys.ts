/** Who is signed in on this device (written by OfflineShell on every signed-in page). */
export const OWNER_KEY = "stride-device-owner";
