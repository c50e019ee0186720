export { planRegion, type PlannedRegion, type RegionPart, type RegionPlan } from './region-plan';
