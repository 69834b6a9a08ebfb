/**
 * Jobs and CronJobs in depth: completion modes, how failures are counted and
 * when a Job gives up, and how CronJob schedules are read
 * (k8s-facts-workloads-storage.md §5; api/batch/v1/types.go).
 */
import type { ConceptEntry } from '../../types';
import type { WorkloadConceptId } from '../workloads';
import { para, URLS } from './shared';

type BatchId = Extract<WorkloadConceptId, 'job-completion-modes' | 'job-failure-handling' | 'cronjob-schedule'>;

export const batchConcepts: Record<BatchId, ConceptEntry> = {
  'job-completion-modes': {
    id: 'job-completion-modes',
    keywords: ['completionMode', 'NonIndexed', 'Indexed', 'completions', 'parallelism', 'JOB_COMPLETION_INDEX', 'batch.kubernetes.io/job-completion-index', 'work queue', 'COMPLETIONS', '完成模式', '带索引的 Job', '完成索引', '并行度', '完成数'],
    docs: [
      { url: URLS.jobCompletionMode, label: 'Jobs: Completion mode' },
      { url: URLS.jobParallel, label: 'Jobs: Parallel execution for Jobs' },
    ],
    commands: [
      { kubectl: 'kubectl get jobs', note: { en: 'COMPLETIONS is succeeded Pods / completions.', zh: 'COMPLETIONS 为成功的 Pod 数 / completions。' } },
      { kubectl: 'kubectl get pods -l batch.kubernetes.io/job-name=<job> -L batch.kubernetes.io/job-completion-index' },
    ],
    related: ['job', 'job-failure-handling', 'cronjob', 'ordinal-identity', 'phase-succeeded'],
    text: {
      en: {
        title: 'Job completions, parallelism and completion modes',
        summary: 'How many Pods a Job needs to succeed, how many run at once, and whether each Pod gets its own index.',
        body: para(
          'spec.completions is how many Pods must succeed and spec.parallelism how many may run at the same time; both default to 1. With completions unset and parallelism above 1 the Job is a work queue: the Pods share out the work among themselves, and the Job succeeds once one Pod has succeeded and all have ended.',
          'completionMode NonIndexed, the default, treats the Pods as interchangeable: the Job is complete after completions successful Pods, whichever they were. Indexed gives each Pod an index from 0 to completions − 1, in the annotation and label batch.kubernetes.io/job-completion-index and the environment variable JOB_COMPLETION_INDEX, and the Job is complete when every index has succeeded once. Pods are named <job>-<index>-<suffix> and get the hostname <job>-<index>, so each can process its own part of the input.',
          'Indexed Jobs can also limit retries per index (backoffLimitPerIndex) and end early through a successPolicy when chosen indexes succeed.',
        ),
        misconception: {
          belief: 'completions: 5 means one Pod runs five times.',
          correction:
            'It means five Pods must succeed: each success is a separate Pod, and parallelism decides how many run at once. A container restarted under restartPolicy OnFailure does not add completions; its Pod counts once, when it finally succeeds.',
        },
      },
      zh: {
        title: 'Job 的完成数、并行度与完成模式',
        summary: 'Job 需要多少个 Pod 成功、同时运行几个，以及每个 Pod 是否有自己的索引。',
        body: para(
          'spec.completions 是必须成功的 Pod 数量，spec.parallelism 是最多同时运行的 Pod 数量，两者默认都是 1。如果不设置 completions 而 parallelism 大于 1，这个 Job 就是一个工作队列：Pod 之间自行分配工作，只要有一个 Pod 成功且所有 Pod 都已结束，Job 即成功。',
          '默认的完成模式（completionMode）NonIndexed 把 Pod 视为可互换的：任意 Pod 成功满 completions 次，Job 即完成。Indexed 则为每个 Pod 分配一个从 0 到 completions − 1 的索引，写在注解和标签 batch.kubernetes.io/job-completion-index 以及环境变量 JOB_COMPLETION_INDEX 中；每个索引都成功一次后 Job 才完成。Pod 命名为 <job 名>-<索引>-<后缀>，主机名为 <job 名>-<索引>，这样每个 Pod 可以处理输入中属于自己的一份。',
          '带索引的 Job 还可以按索引限制重试次数（backoffLimitPerIndex），并可通过 successPolicy 在指定的索引成功后提前结束。',
        ),
        misconception: {
          belief: 'completions: 5 表示同一个 Pod 运行五次。',
          correction: '它表示需要五个 Pod 成功：每次成功都是一个单独的 Pod，parallelism 决定同时运行几个。在 restartPolicy 为 OnFailure 时重启的容器不会增加完成数；它所在的 Pod 最终成功时只计一次。',
        },
      },
    },
  },

  'job-failure-handling': {
    id: 'job-failure-handling',
    keywords: ['backoffLimit', 'BackoffLimitExceeded', 'activeDeadlineSeconds', 'DeadlineExceeded', 'podFailurePolicy', 'FailureTarget', 'ttlSecondsAfterFinished', 'exit code', 'Job failed', 'retry', '重试', '任务失败', '退避', '截止时间', '失败策略'],
    docs: [
      { url: URLS.jobFailures, label: 'Jobs: Handling Pod and container failures' },
      { url: URLS.jobPodFailurePolicy, label: 'Jobs: Pod failure policy' },
      { url: URLS.jobTermination, label: 'Jobs: Job termination and cleanup' },
    ],
    commands: [
      { kubectl: 'kubectl describe job <job>', note: { en: 'Conditions with their reasons, and the Pods created and failed.', zh: '显示各状况及其原因，以及创建和失败的 Pod。' } },
      { kubectl: 'kubectl get pods -l batch.kubernetes.io/job-name=<job>', note: { en: 'Each failed attempt under restartPolicy Never is its own Pod, STATUS Error.', zh: 'restartPolicy 为 Never 时，每次失败的尝试都是一个单独的 Pod，STATUS 为 Error。' } },
      { kubectl: 'kubectl logs <pod>', note: { en: 'The failed attempt\'s output, kept as long as its Pod is.', zh: '失败那次尝试的输出，只要其 Pod 还在就能查看。' } },
    ],
    related: ['job', 'restart-policy', 'phase-failed', 'reason-error', 'job-completion-modes', 'cronjob'],
    text: {
      en: {
        title: 'Job failures: backoffLimit and deadlines',
        summary: 'A Job retries failed Pods with a growing delay until backoffLimit is passed or activeDeadlineSeconds runs out, then fails.',
        body: para(
          'With restartPolicy Never a failed container fails its Pod, and the Job controller creates a new Pod; with OnFailure the kubelet restarts the container in the same Pod. Either way the failures count toward spec.backoffLimit (6 by default), and retries wait an exponential back-off that starts at 10 s (10 s, 20 s, 40 s …). When the failures exceed the limit the Job fails with reason BackoffLimitExceeded: with backoffLimit 2, the third failed Pod ends it.',
          'activeDeadlineSeconds caps the Job\'s total running time from its start. When it passes, running Pods are terminated and the Job fails with reason DeadlineExceeded, whatever retries remain. A podFailurePolicy (restartPolicy Never only) can act on exit codes or Pod conditions instead: FailJob at once, Ignore a failure (not counted, for example after a disruption), Count it, or FailIndex for Indexed Jobs.',
          'Since Kubernetes 1.31 the controller first adds a FailureTarget condition and terminates the remaining Pods; the final Failed condition is added only once they have all stopped. A finished Job keeps its Pods, with their exit codes and logs, until you delete the Job or ttlSecondsAfterFinished expires.',
        ),
        misconception: {
          belief: 'backoffLimit is how often the container is restarted inside one Pod.',
          correction:
            'It counts the Job\'s failed attempts: with restartPolicy Never each attempt is a new Pod, so you see several Pods in Error, and with OnFailure container restarts count too. Once the count goes above the limit the Job is marked Failed with reason BackoffLimitExceeded and no more Pods are created.',
        },
      },
      zh: {
        title: 'Job 的失败处理：backoffLimit 与截止时间',
        summary: 'Job 以逐渐增加的间隔重试失败的 Pod，直到超过 backoffLimit 或 activeDeadlineSeconds 用尽，然后宣告失败。',
        body: para(
          'restartPolicy 为 Never 时，容器失败会使其 Pod 失败，Job 控制器再创建一个新 Pod；为 OnFailure 时，kubelet 在同一个 Pod 内重启容器。两种情况下失败都计入 spec.backoffLimit（默认 6），重试之间按指数退避等待，从 10 秒开始（10 秒、20 秒、40 秒……）。失败次数超过上限时，Job 失败，原因为 BackoffLimitExceeded：backoffLimit 为 2 时，第三个失败的 Pod 会让 Job 结束。',
          'activeDeadlineSeconds 限制 Job 从开始起的总运行时长。时间一到，正在运行的 Pod 会被终止，Job 失败，原因为 DeadlineExceeded，不论还剩多少次重试。podFailurePolicy（仅限 restartPolicy 为 Never）可以改为根据退出码或 Pod 状况来处理：立即 FailJob、Ignore 某次失败（不计数，例如因干扰导致的失败）、Count 计数，或对带索引的 Job 使用 FailIndex。',
          '自 Kubernetes 1.31 起，控制器会先添加 FailureTarget 状况并终止其余 Pod，等它们全部停止后才添加最终的 Failed 状况。已结束的 Job 会保留它的 Pod 以及其中的退出码和日志，直到你删除 Job 或 ttlSecondsAfterFinished 到期。',
        ),
        misconception: {
          belief: 'backoffLimit 是同一个 Pod 内容器的重启次数。',
          correction: '它统计的是 Job 失败的尝试次数：restartPolicy 为 Never 时每次尝试都是一个新 Pod，所以你会看到多个处于 Error 的 Pod；为 OnFailure 时容器重启也计入。次数超过上限后，Job 被标记为 Failed，原因为 BackoffLimitExceeded，不再创建新的 Pod。',
        },
      },
    },
  },

  'cronjob-schedule': {
    id: 'cronjob-schedule',
    keywords: ['schedule', 'cron expression', 'timeZone', 'CRON_TZ', 'concurrencyPolicy', 'Allow', 'Forbid', 'Replace', 'startingDeadlineSeconds', '@hourly', '@daily', 'missed schedule', '时区', '并发策略', 'Cron 表达式', '调度时间表', '错过调度'],
    docs: [
      { url: URLS.cronJobSchedule, label: 'CronJob: Schedule syntax' },
      { url: URLS.cronJobTimeZones, label: 'CronJob: Time zones' },
    ],
    commands: [
      { kubectl: 'kubectl get cronjobs', note: { en: 'TIMEZONE shows <none> when spec.timeZone is unset.', zh: '未设置 spec.timeZone 时，TIMEZONE 列显示 <none>。' } },
      { kubectl: 'kubectl create cronjob nightly --image=busybox --schedule="0 2 * * *" -- date' },
      { kubectl: 'kubectl describe cronjob <name>', note: { en: 'Events show each Job created, and missed or skipped runs.', zh: '事件中可以看到每次创建的 Job，以及错过或跳过的运行。' } },
    ],
    related: ['cronjob', 'job', 'kube-controller-manager', 'job-failure-handling'],
    text: {
      en: {
        title: 'CronJob schedules, time zones and concurrency',
        summary: 'How spec.schedule is read, in which time zone, and what happens when a run is late or the previous one is still running.',
        body: para(
          'spec.schedule has the five cron fields: minute, hour, day of month, month and day of week. 0 2 * * * is 02:00 every day and */15 * * * * every 15 minutes; macros such as @hourly, @daily and @weekly are accepted, and ? means the same as *.',
          'The schedule is read in spec.timeZone, an IANA name such as Asia/Shanghai or Etc/UTC (GA since 1.27). Without it, times follow the time zone of the kube-controller-manager process, which may not be the one you think in. CRON_TZ= or TZ= inside the schedule is rejected by validation; use the field.',
          'concurrencyPolicy decides what happens when a run is due while the previous Job still runs: Allow (the default) starts another, Forbid skips the new run, Replace deletes the running Job and starts the new one. startingDeadlineSeconds is how late a run may still start, for example after the controller was down; a run that misses it is skipped and counted as failed. Values under 10 s may never run, because the controller checks every 10 seconds.',
        ),
        misconception: {
          belief: 'A CronJob without a time zone runs in my local time, or in the time zone of the node its Pod lands on.',
          correction:
            'Without spec.timeZone the schedule is interpreted in the kube-controller-manager\'s time zone; the nodes\' time zones play no part. Set timeZone, for example Asia/Shanghai, to say which zone you mean.',
        },
      },
      zh: {
        title: 'CronJob 的时间表、时区与并发',
        summary: 'spec.schedule 如何解读、按哪个时区计算，以及运行迟到或上一次仍在运行时会怎样。',
        body: para(
          'spec.schedule 包含五个 Cron 字段：分钟、小时、月中的日、月份、周中的日。0 2 * * * 表示每天 02:00，*/15 * * * * 表示每 15 分钟；也可以使用 @hourly、@daily、@weekly 等宏，? 与 * 含义相同。',
          '时间表按 spec.timeZone 解读，它是一个 IANA 时区名，例如 Asia/Shanghai 或 Etc/UTC（自 1.27 起 GA）。不设置时，按 kube-controller-manager 进程所在的时区计算，这未必是你心里想的那个时区。在 schedule 中写 CRON_TZ= 或 TZ= 会被校验拒绝；请使用该字段。',
          'concurrencyPolicy 决定上一个 Job 尚未结束、又到了运行时间时怎么办：Allow（默认）再启动一个，Forbid 跳过这次运行，Replace 删除正在运行的 Job 并启动新的。startingDeadlineSeconds 表示一次运行最多可以推迟多久启动（例如控制器曾经宕机）；错过期限的运行会被跳过并计为失败。小于 10 秒的值可能导致永远不会运行，因为控制器每 10 秒检查一次。',
        ),
        misconception: {
          belief: '没有设置时区的 CronJob 按我的本地时间运行，或按其 Pod 所在节点的时区运行。',
          correction: '不设置 spec.timeZone 时，时间表按 kube-controller-manager 的时区解读，与节点的时区无关。请设置 timeZone（例如 Asia/Shanghai）来指明你想要的时区。',
        },
      },
    },
  },
};
