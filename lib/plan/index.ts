export { planRegion, type RegionPart, type RegionPlan } from './region-plan';
