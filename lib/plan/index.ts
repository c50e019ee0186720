export { planRegion, type RegionPart, type RegionPlan } from './region-plan';
export { planCoverage } from './coverage';
