// Public API of lib/explain: a plain list of re-exports.
export type * from './types';

// Pods
export * from './pod';
export * from './pod-lifecycle';
export * from './pod-creation-flow';
export * from './pod-deletion-flow';
export * from './pod-flow-types';
export * from './pod-diagnoses';
export * from './pod-events';
export * from './pod-services';
export * from './containers';
export * from './probes';
export * from './restart-backoff';
export * from './image-pull-policy';
export * from './resources';
export * from './volumes';
export * from './linux-namespaces';
export * from './scheduling-message';
export * from './config-error-message';
export * from './commands';
export * from './paths';
export * from './timestamps';
export * from './pod-columns';

// Services
export * from './service';
export * from './service-columns';
export * from './service-discovery';
export * from './service-ports';
export * from './service-endpoints';
export * from './selector';

// Nodes
export * from './node';
export * from './node-status';
export * from './node-taints';
export * from './node-requests';
export * from './node-runtime';

// Cluster
export * from './cluster';
export * from './cluster-readyz';
export * from './cluster-leases';

// Shared
export * from './quantity';
export * from './human-duration';
export * from './pod-event-attribution';

// Workloads
export * from './workloads';
