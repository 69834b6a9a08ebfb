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
