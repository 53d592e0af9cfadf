export { type BackupSummary, createBackup } from "./backup";
export { listSequences, listTables } from "./catalog";
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupHeader,
  type ParsedBackup,
  readBackup,
} from "./format";
export { type RestoreSummary, restoreBackup } from "./restore";
