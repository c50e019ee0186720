export { planRegion, type RegionPart, type RegionPlan } from './region-plan';
export { planConfidentCoverage, planCoverage } from './coverage';
export { emptyRuns, withoutRules } from './ink-blocks';
export { otsu } from './preprocess';
