/** Who is signed in on this device (written by OfflineShell on every signed-in page). */
export const OWNER_KEY = "stride-device-owner";
/** Set while drafts wait on this device, so the app loads its outbox at once. */
export const WAITING_KEY = "stride-outbox-waiting";
/** Dispatched on window when the outbox changed. */
export const OUTBOX_CHANGED = "stride-outbox";
