export { InspectorGrantRow } from './inspector-grant.entity';
export { inspectorGrantProjection } from './inspector-grant.projection';
export { GrantQueries, type GrantStatus, type GrantView } from './grant-queries';
