export { DEFAULT_DEMO_SEED, generateDemoWorkspace } from './generate';
export { PLATFORM_METRICS } from './platform-metrics';
export { SNAPSHOT_OFFSETS_HOURS } from './post-metrics';
export { tierOfFollowers } from './tiers';
export * from './types';
