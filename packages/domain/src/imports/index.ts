export { IMPORT_BATCH_VALUES, importBatches, importValueCount, withoutStreams } from "./batches";
export { MAX_IMPORT_FILE_BYTES, parseActivityFile } from "./parse-file";
export { type ResolvedStart, resolveStart } from "./start";
export {
  type ActivityStream,
  activityStreamSchema,
  compactStream,
  MAX_STREAM_POINTS,
  routeOf,
  type Split,
  type StreamSeries,
  seriesOf,
  splitsOf,
} from "./stream";
export { formatStrideCsv, STRIDE_CSV_HEADER, type StrideCsvRow } from "./stride-csv";
export { ELEVATION_THRESHOLD_METRES, PAUSE_MAX_SPEED, PAUSE_MIN_SECONDS } from "./track";
export type { FileImport, ImportSource, ParsedActivity, Refusal } from "./types";
export { IMPORT_SOURCES } from "./types";
