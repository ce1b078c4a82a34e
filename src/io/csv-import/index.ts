/** The import's public surface for the page. */
export {
  applyImport,
  arrivalProfile,
  categoryTableTemplate,
  dominantChannel,
  importedResolution,
  importedTierCsat,
  monthlyVolume,
  tierResolutionPct,
} from './apply-import';
export { categoryRows, resolveDateOrder, withTier, MAX_SCENARIO_CATEGORIES, type CategoryTierRow } from './category-rows';
export { readPreview, startImport, createImportWorker, type ImportRun, type ImportRunResult, type ImportProgress, type WorkerLike } from './client';
export { previewText, type Preview, type PreviewOutcome, type SuggestedMapping } from './preview';
export { rejectionsCsv } from './rejections';
export { scanBlob, scanText } from './stream';
export { suggestTier } from './tiers';
export type * from './types';
export { namedChannels } from './apply-import';
export { MINUTES_PER_DAY, civilFromDays } from './calendar';
export { TS_INVALID, TS_PAIR, dayOf, formLabel, newTimestampParts, parseTimestamp } from './timestamp';
export { isMissing, type DurationUnit } from './values';
export { detectEncoding, type TextEncodingName } from './encoding';
