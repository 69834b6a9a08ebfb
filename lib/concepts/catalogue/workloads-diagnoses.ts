import type { WorkloadDiagnosisId } from '../ids';
import type { DiagnosisEntry } from '../types';

/** Every workload diagnosis names the object it is about. */
const IDENTITY = ['kind', 'name', 'namespace'] as const;

/**
 * The params lib/explain/workloads/workload-diagnoses.ts ALWAYS sets for each
 * workload diagnosis, identity included (its JSDoc lists the optional ones
 * too); the templates below use no others.
 */
export const WORKLOAD_DIAGNOSIS_PARAMS: Record<WorkloadDiagnosisId, readonly string[]> = {
  'rollout-stuck': [...IDENTITY, 'replicaSet', 'deadlineSeconds', 'replicas', 'updated', 'available', 'failingPods', 'cause'],
  'replicas-unavailable': [...IDENTITY, 'replicas', 'available', 'required'],
  'replica-failure': [...IDENTITY, 'reason', 'message'],
  'selector-mismatch': [...IDENTITY, 'selector', 'mismatch'],
  'rollout-paused': [...IDENTITY, 'change'],
  'job-backoff-limit': [...IDENTITY, 'scope', 'backoffLimit', 'failed', 'exitCodes'],
  'job-deadline-exceeded': [...IDENTITY, 'activeDeadlineSeconds', 'startTime'],
  'job-pod-failure-policy': [...IDENTITY, 'rule', 'action', 'message'],
  'cronjob-suspended': [...IDENTITY, 'missed'],
  'cronjob-missed-schedules': [...IDENTITY, 'cause', 'missed', 'lastSchedule'],
  'cronjob-cannot-schedule': [...IDENTITY, 'cause', 'detail'],
  'statefulset-ordinal-blocked': [...IDENTITY, 'ordinal', 'pod', 'state', 'waiting', 'sinceSeconds'],
  'daemonset-pod-missing': [...IDENTITY, 'nodes', 'count'],
};

/**
 * Text for the workload diagnoses, kept short and exact; the catalogue
 * engineer may expand it. Facts: k8s-facts-workloads-storage.md §1, §3–§5.
 */
export const workloadDiagnosisEntries: Record<WorkloadDiagnosisId, DiagnosisEntry> = {
  'rollout-stuck': {
    id: 'rollout-stuck',
    conceptIds: ['deployment-conditions', 'rolling-update', 'deployment'],
    text: {
      en: {
        title: 'The rollout of {name} is stuck',
        summary:
          'The new ReplicaSet {replicaSet} made no progress for {deadlineSeconds} s, so the controller set Progressing to False with reason ProgressDeadlineExceeded: {updated} of {replicas} replicas are updated and {available} are available. The controller keeps trying; nothing is rolled back.',
        nextStep:
          'Fix what keeps the new pods from becoming available (their own diagnoses follow), then watch with kubectl rollout status deployment/{name} -n {namespace}. To return to the previous revision instead, run kubectl rollout undo deployment/{name} -n {namespace}.',
      },
      zh: {
        title: '{name} 的滚动更新卡住了',
        summary:
          '新的 ReplicaSet {replicaSet} 在 {deadlineSeconds} 秒内没有任何进展，控制器因此把 Progressing 状况设为 False，原因为 ProgressDeadlineExceeded：{replicas} 个副本中已更新 {updated} 个、可用 {available} 个。控制器会继续尝试，不会自动回滚。',
        nextStep:
          '先解决新 Pod 无法变为可用的问题（下面列出了它们各自的诊断），再用 kubectl rollout status deployment/{name} -n {namespace} 观察进度。若想退回上一个修订版本，运行 kubectl rollout undo deployment/{name} -n {namespace}。',
      },
    },
  },

  'replicas-unavailable': {
    id: 'replicas-unavailable',
    conceptIds: ['deployment-conditions', 'max-surge-max-unavailable'],
    text: {
      en: {
        title: '{name} has fewer available replicas than it needs',
        summary:
          'Only {available} of {replicas} replicas are available, and the Available condition needs at least {required} (replicas minus maxUnavailable), so it is False with reason MinimumReplicasUnavailable.',
        nextStep: 'See why the pods are not available (their diagnoses follow) with kubectl get pods -n {namespace} and kubectl describe deployment {name} -n {namespace}.',
      },
      zh: {
        title: '{name} 的可用副本不足',
        summary: '{replicas} 个副本中只有 {available} 个可用，而 Available 状况至少需要 {required} 个（副本数减去 maxUnavailable），所以它为 False，原因为 MinimumReplicasUnavailable。',
        nextStep: '用 kubectl get pods -n {namespace} 和 kubectl describe deployment {name} -n {namespace} 查看 Pod 为什么不可用（下面列出了它们的诊断）。',
      },
    },
  },

  'replica-failure': {
    id: 'replica-failure',
    conceptIds: ['replicaset', 'deployment-conditions'],
    text: {
      en: {
        title: '{name} cannot create or delete its pods',
        summary: 'The ReplicaFailure condition is True ({reason}): {message}',
        nextStep:
          'Read the FailedCreate events with kubectl get events -n {namespace} --field-selector reason=FailedCreate; a ResourceQuota or LimitRange often rejects the pods (kubectl describe quota -n {namespace}).',
      },
      zh: {
        title: '{name} 无法创建或删除它的 Pod',
        summary: 'ReplicaFailure 状况为 True（{reason}）：{message}',
        nextStep:
          '用 kubectl get events -n {namespace} --field-selector reason=FailedCreate 查看 FailedCreate 事件；常见原因是 ResourceQuota 或 LimitRange 拒绝了 Pod（kubectl describe quota -n {namespace}）。',
      },
    },
  },

  'selector-mismatch': {
    id: 'selector-mismatch',
    conceptIds: ['label-selector', 'owner-references', 'pod-template-hash'],
    text: {
      en: {
        title: 'The selector of {name} does not fit its pods',
        summary:
          '{kind} {name} selects pods with {selector}, but either its own pod template does not carry those labels or pods that another controller manages match it too. Controllers whose selectors overlap fight over the same pods.',
        nextStep: "Compare the labels with kubectl get pods -n {namespace} -l '{selector}' --show-labels, and give each workload a label that only its own pods carry.",
      },
      zh: {
        title: '{name} 的选择算符与它的 Pod 不符',
        summary: '{kind} {name} 用选择算符 {selector} 选择 Pod，但要么它自己的 Pod 模板没有这些标签，要么另一个控制器管理的 Pod 也与之匹配。选择算符重叠的控制器会争抢同一批 Pod。',
        nextStep: "用 kubectl get pods -n {namespace} -l '{selector}' --show-labels 对照标签，并给每个工作负载一个只有它自己的 Pod 才有的标签。",
      },
    },
  },

  'rollout-paused': {
    id: 'rollout-paused',
    conceptIds: ['rolling-update', 'deployment'],
    text: {
      en: {
        title: 'The rollout of {name} is paused',
        summary:
          'spec.paused is true: the controller leaves the ReplicaSets as they are and does not roll out changes to the pod template, and the progress deadline does not count while it is paused. Scaling still works.',
        nextStep: 'Resume with kubectl rollout resume deployment/{name} -n {namespace}; kubectl rollout undo refuses to run on a paused Deployment until you do.',
      },
      zh: {
        title: '{name} 的滚动更新已暂停',
        summary: 'spec.paused 为 true：控制器保持各个 ReplicaSet 不变，不会上线对 Pod 模板的修改，暂停期间也不计算进展期限。扩缩容仍然有效。',
        nextStep: '用 kubectl rollout resume deployment/{name} -n {namespace} 恢复；在恢复之前，kubectl rollout undo 会拒绝回滚已暂停的 Deployment。',
      },
    },
  },

  'job-backoff-limit': {
    id: 'job-backoff-limit',
    conceptIds: ['job-failure-handling', 'job', 'restart-policy'],
    text: {
      en: {
        title: 'Job {name} failed: its backoff limit was reached',
        summary:
          '{failed} pods failed, more than the backoff limit of {backoffLimit} allows (counted per index when backoffLimitPerIndex is set), so the Job is Failed and starts no more pods. Exit codes of the failed pods: {exitCodes}.',
        nextStep:
          'Read a failed pod’s output with kubectl logs job/{name} -n {namespace} (or kubectl get pods -n {namespace} -l job-name={name} to list them all), fix the cause, then re-create the Job: a failed Job does not start again.',
      },
      zh: {
        title: 'Job {name} 失败：已达到回退上限',
        summary: '已有 {failed} 个 Pod 失败，超过了回退上限 {backoffLimit} 所允许的次数（设置了 backoffLimitPerIndex 时按索引计算），所以 Job 已失败，不再启动新的 Pod。失败 Pod 的退出码：{exitCodes}。',
        nextStep:
          '用 kubectl logs job/{name} -n {namespace} 查看失败 Pod 的输出（或用 kubectl get pods -n {namespace} -l job-name={name} 列出全部 Pod），修复原因后重新创建 Job：失败的 Job 不会再次启动。',
      },
    },
  },

  'job-deadline-exceeded': {
    id: 'job-deadline-exceeded',
    conceptIds: ['job-failure-handling', 'job'],
    text: {
      en: {
        title: 'Job {name} ran past its deadline',
        summary:
          'It was active for longer than activeDeadlineSeconds ({activeDeadlineSeconds} s from its start at {startTime}), so the controller stopped its pods and marked it Failed with reason DeadlineExceeded, whatever its backoff limit says.',
        nextStep: 'See what took so long with kubectl describe job {name} -n {namespace}; raise activeDeadlineSeconds or speed the work up, then re-create the Job.',
      },
      zh: {
        title: 'Job {name} 超过了运行期限',
        summary: '它的活跃时间超过了 activeDeadlineSeconds（从 {startTime} 开始计算的 {activeDeadlineSeconds} 秒），控制器因此停止了它的 Pod，并以原因 DeadlineExceeded 将其标记为失败，与回退上限无关。',
        nextStep: '用 kubectl describe job {name} -n {namespace} 查看耗时原因；调大 activeDeadlineSeconds 或加快任务本身，然后重新创建 Job。',
      },
    },
  },

  'job-pod-failure-policy': {
    id: 'job-pod-failure-policy',
    conceptIds: ['job-failure-handling', 'job'],
    text: {
      en: {
        title: 'Job {name} failed on a podFailurePolicy rule',
        summary: 'Rule {rule} ({action}) of its podFailurePolicy matched a failed pod, so the Job failed at once without using its backoff limit: {message}',
        nextStep: 'Check the rule with kubectl describe job {name} -n {namespace} and the failed pod with kubectl get pods -n {namespace} -l job-name={name}.',
      },
      zh: {
        title: 'Job {name} 因 podFailurePolicy 规则而失败',
        summary: '它的 podFailurePolicy 中第 {rule} 条规则（{action}）匹配了一个失败的 Pod，因此 Job 立即失败，没有动用回退上限：{message}',
        nextStep: '用 kubectl describe job {name} -n {namespace} 查看规则，用 kubectl get pods -n {namespace} -l job-name={name} 查看失败的 Pod。',
      },
    },
  },

  'cronjob-suspended': {
    id: 'cronjob-suspended',
    conceptIds: ['cronjob', 'cronjob-schedule'],
    text: {
      en: {
        title: 'CronJob {name} is suspended',
        summary: 'spec.suspend is true, so the controller starts no new Jobs ({missed} scheduled times missed so far); Jobs already running are not affected.',
        nextStep:
          'Resume it by setting spec.suspend to false with kubectl edit cronjob {name} -n {namespace}. The controller then starts only the most recent missed run, and only if it is still within startingDeadlineSeconds.',
      },
      zh: {
        title: 'CronJob {name} 已挂起',
        summary: 'spec.suspend 为 true，控制器不会启动新的 Job（目前已错过 {missed} 个计划时间）；已在运行的 Job 不受影响。',
        nextStep: '用 kubectl edit cronjob {name} -n {namespace} 把 spec.suspend 改为 false 以恢复。恢复后控制器只会补跑最近一次错过的运行，而且前提是它仍在 startingDeadlineSeconds 之内。',
      },
    },
  },

  'cronjob-missed-schedules': {
    id: 'cronjob-missed-schedules',
    conceptIds: ['cronjob-schedule', 'cronjob'],
    text: {
      en: {
        title: 'CronJob {name} skipped scheduled runs',
        summary:
          '{missed} scheduled times passed since its last run ({lastSchedule}) without a new Job: a run later than startingDeadlineSeconds is skipped, concurrencyPolicy Forbid skips a run while the previous Job is still active, and past 100 missed times the controller also warns TooManyMissedTimes.',
        nextStep: 'Read the controller’s reasons with kubectl describe cronjob {name} -n {namespace}, and see which Jobs still run with kubectl get jobs -n {namespace}.',
      },
      zh: {
        title: 'CronJob {name} 跳过了计划的运行',
        summary:
          '自上次运行（{lastSchedule}）以来已有 {missed} 个计划时间没有创建新的 Job：晚于 startingDeadlineSeconds 的运行会被跳过，concurrencyPolicy 为 Forbid 时上一个 Job 仍在运行就会跳过本次，错过超过 100 次时控制器还会发出 TooManyMissedTimes 警告。',
        nextStep: '用 kubectl describe cronjob {name} -n {namespace} 查看控制器给出的原因，用 kubectl get jobs -n {namespace} 查看仍在运行的 Job。',
      },
    },
  },

  'cronjob-cannot-schedule': {
    id: 'cronjob-cannot-schedule',
    conceptIds: ['cronjob-schedule', 'cronjob'],
    text: {
      en: {
        title: 'CronJob {name} cannot be scheduled',
        summary:
          'The controller cannot work out its run times ({detail}): the schedule does not parse, the time zone is unknown to kube-controller-manager, or the schedule never comes round (such as 30 February). It starts no Jobs until this is fixed.',
        nextStep: 'Check spec.schedule and spec.timeZone with kubectl get cronjob {name} -n {namespace} -o yaml, and its UnparseableSchedule, InvalidSchedule or UnknownTimeZone events with kubectl describe cronjob {name} -n {namespace}.',
      },
      zh: {
        title: 'CronJob {name} 无法按计划运行',
        summary: '控制器算不出它的运行时间（{detail}）：可能是时间表无法解析、kube-controller-manager 不认识该时区，或者时间表永远不会到来（例如 2 月 30 日）。在修正之前它不会启动任何 Job。',
        nextStep: '用 kubectl get cronjob {name} -n {namespace} -o yaml 检查 spec.schedule 和 spec.timeZone，并用 kubectl describe cronjob {name} -n {namespace} 查看 UnparseableSchedule、InvalidSchedule 或 UnknownTimeZone 事件。',
      },
    },
  },

  'statefulset-ordinal-blocked': {
    id: 'statefulset-ordinal-blocked',
    conceptIds: ['pod-management-policy', 'ordinal-identity', 'statefulset'],
    text: {
      en: {
        title: 'StatefulSet {name} is waiting for {pod}',
        summary:
          'With podManagementPolicy OrderedReady the controller creates and updates pods one ordinal at a time, each only once the one before is Running and Ready (and available for minReadySeconds). {pod} (ordinal {ordinal}) is {state} after {sinceSeconds} s, so {waiting} later ordinals wait.',
        nextStep:
          'Fix {pod} first (its own diagnoses follow) with kubectl describe pod {pod} -n {namespace}. podManagementPolicy Parallel would not wait, but it can only be chosen when the StatefulSet is created.',
      },
      zh: {
        title: 'StatefulSet {name} 正在等待 {pod}',
        summary:
          '在 podManagementPolicy 为 OrderedReady 时，控制器按序号逐个创建和更新 Pod，只有前一个 Pod 处于 Running 且就绪（并在 minReadySeconds 内保持可用）后才继续。{pod}（序号 {ordinal}）在 {sinceSeconds} 秒后仍处于 {state}，因此后面还有 {waiting} 个序号在等待。',
        nextStep: '先用 kubectl describe pod {pod} -n {namespace} 解决 {pod} 的问题（下面列出了它自己的诊断）。Parallel 策略不会等待，但只能在创建 StatefulSet 时选择。',
      },
    },
  },

  'daemonset-pod-missing': {
    id: 'daemonset-pod-missing',
    conceptIds: ['daemonset-scheduling', 'daemonset', 'taints-tolerations'],
    text: {
      en: {
        title: 'DaemonSet {name} has no pod on {count} node(s) that should run one',
        summary: 'The node(s) {nodes} pass its nodeSelector, node affinity and taint checks, so the controller wants a pod on each, but none exists yet.',
        nextStep: 'Look for FailedCreate or FailedPlacement events with kubectl describe daemonset {name} -n {namespace}, and see where its pods run with kubectl get pods -n {namespace} -o wide.',
      },
      zh: {
        title: 'DaemonSet {name} 在 {count} 个应运行 Pod 的节点上没有 Pod',
        summary: '节点 {nodes} 满足它的 nodeSelector、节点亲和性和污点检查，控制器希望在每个这样的节点上运行一个 Pod，但目前还没有。',
        nextStep: '用 kubectl describe daemonset {name} -n {namespace} 查看 FailedCreate 或 FailedPlacement 事件，用 kubectl get pods -n {namespace} -o wide 查看它的 Pod 运行在哪里。',
      },
    },
  },
};
