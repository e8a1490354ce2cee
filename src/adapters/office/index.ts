export { applyWorkbookPlan, DEFAULT_MAX_REQUEST_BYTES } from "./apply-plan";
export type { ApplyOptions, ApplyProgress, ApplyResult } from "./apply-plan";
export { checkRequirements, FEATURE_REQUIREMENTS } from "./requirements";
export type { Feature, FeatureRequirement, RequirementReport, IsSetSupported } from "./requirements";
export { OFFICE_MESSAGES, describeOfficeError, isCellEditModeError, officeMessage, withCellEditRetry } from "./errors";
export type { OfficeErrorInfo, OfficeMessageKey, RetryOptions } from "./errors";
export { needsTextFormat } from "./cell-blocks";
export { readOfficeMetadata } from "./read-metadata";
