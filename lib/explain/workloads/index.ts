// Public API of lib/explain/workloads: Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs and CronJobs.
export * from './deployment-columns';
export * from './replicaset-columns';
export * from './statefulset-columns';
export * from './daemonset-columns';
export * from './job-columns';
export * from './cronjob-columns';
export * from './rollout-budget';
export * from './deployment-rollout';
export * from './pod-template';
export * from './replicaset';
export * from './statefulset';
export * from './daemonset';
export * from './node-fit';
export * from './job';
export * from './cron-schedule';
export * from './cronjob';
export * from './workload-diagnoses';
// selectorMatches is exported under another name: lib/explain/pod-services has a selectorMatches of its own.
export {
  compareStrings,
  formatLabelSelector,
  parseLabelSelector,
  parseNodeSelectorRequirements,
  requirementMatches,
  requirementString,
  selectorMatches as labelSelectorMatches,
  selectorString,
  type LabelRequirement,
  type ParsedSelector,
  type SelectorOperator,
} from './label-selector';
export * from './shared';
