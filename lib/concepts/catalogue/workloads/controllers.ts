/**
 * The workload controllers beyond Deployment, ReplicaSet and Job (those are
 * with the objects in foundations/objects.ts): StatefulSet, DaemonSet,
 * CronJob, the legacy ReplicationController, self-healing and the
 * HorizontalPodAutoscaler. Sections 6 and 8 of the source sheet name
 * "self-healing", "autoscaling" and "rolling updates" and mix the
 * ReplicationController with Deployments; these entries say what does what.
 */
import type { ConceptEntry } from '../../types';
import type { WorkloadConceptId } from '../workloads';
import { para, URLS } from './shared';

type ControllerId = Extract<WorkloadConceptId, 'statefulset' | 'daemonset' | 'cronjob' | 'replication-controller' | 'self-healing' | 'horizontal-pod-autoscaler'>;

export const controllerConcepts: Record<ControllerId, ConceptEntry> = {
  statefulset: {
    id: 'statefulset',
    keywords: ['StatefulSet', 'sts', 'stateful', 'serviceName', 'volumeClaimTemplates', 'podManagementPolicy', 'partition', 'ControllerRevision', 'database', '有状态', '有状态应用', '有状态服务', '稳定网络标识', '稳定存储'],
    docs: [
      { url: URLS.statefulSet, label: 'StatefulSets' },
      { url: URLS.statefulSetTutorial, label: 'StatefulSet Basics' },
    ],
    commands: [
      { kubectl: 'kubectl get statefulsets', note: { en: 'READY is ready Pods / desired replicas.', zh: 'READY 列为就绪 Pod 数 / 期望副本数。' } },
      { kubectl: 'kubectl rollout status statefulset/<name>' },
      { kubectl: 'kubectl scale statefulset/<name> --replicas=5', note: { en: 'With OrderedReady the new Pods are added one at a time, in ordinal order.', zh: '在 OrderedReady 策略下，新 Pod 按序号逐个添加。' } },
    ],
    related: ['ordinal-identity', 'pod-management-policy', 'service-headless', 'pvc', 'deployment', 'revision-history', 'self-healing'],
    text: {
      en: {
        title: 'StatefulSet',
        summary: 'Runs Pods from one template like a Deployment, but gives each a lasting identity: a fixed name, a stable DNS name and its own storage.',
        body: para(
          'A StatefulSet is for applications whose replicas are not interchangeable, such as databases and message queues. Each Pod gets an ordinal index and a fixed name (<statefulset>-0, -1, …), a stable DNS name through the headless Service named in spec.serviceName, and its own PersistentVolumeClaims made from volumeClaimTemplates. A replacement Pod gets the same name and the same claims back.',
          'By default (podManagementPolicy OrderedReady) Pods are created one at a time in ordinal order, each only once the previous one is Running and Ready, and removed in reverse order. Updates (the RollingUpdate strategy) replace Pods from the highest ordinal down, one at a time; a partition keeps lower ordinals on the old template, and OnDelete updates a Pod only when you delete it. Past templates are kept as ControllerRevisions (revisionHistoryLimit 10).',
          'You create the headless Service yourself. The claims outlive the Pods: by default scaling down or deleting the StatefulSet leaves them, and the data on them, in place.',
        ),
        misconception: {
          belief: 'Deleting a StatefulSet deletes its volumes and shuts its Pods down in order.',
          correction:
            'Its PersistentVolumeClaims are kept by default (persistentVolumeClaimRetentionPolicy whenDeleted and whenScaled both default to Retain), so the data stays until you delete the claims. Deleting the StatefulSet also gives no ordering guarantee for its Pods; scale it to 0 first if the order of shutdown matters.',
        },
      },
      zh: {
        title: 'StatefulSet（有状态应用）',
        summary: '像 Deployment 一样按同一个模板运行 Pod，但为每个 Pod 提供持久的身份：固定的名称、稳定的 DNS 名称和独享的存储。',
        body: para(
          'StatefulSet 用于副本之间不可互换的应用，例如数据库和消息队列。每个 Pod 都有一个序号和固定名称（<statefulset 名>-0、-1……），通过 spec.serviceName 指定的无头 Service 获得稳定的 DNS 名称，并拥有根据 volumeClaimTemplates 创建的专属 PersistentVolumeClaim。替换后的 Pod 会拿回同样的名称和同样的申领。',
          '默认情况下（podManagementPolicy 为 OrderedReady），Pod 按序号逐个创建，前一个 Pod 处于 Running 且就绪之后才创建下一个，删除时顺序相反。更新（RollingUpdate 策略）从最大序号开始逐个替换 Pod；partition 可以让较小序号的 Pod 保持旧模板，OnDelete 则只在你删除 Pod 时才更新它。历史模板以 ControllerRevision 的形式保留（revisionHistoryLimit 默认 10）。',
          '无头 Service 需要你自己创建。申领的生命周期长于 Pod：默认情况下，缩容或删除 StatefulSet 都会保留这些申领以及其中的数据。',
        ),
        misconception: {
          belief: '删除 StatefulSet 会删除它的卷，并按顺序关闭它的 Pod。',
          correction:
            '它的 PersistentVolumeClaim 默认会保留（persistentVolumeClaimRetentionPolicy 的 whenDeleted 和 whenScaled 默认都是 Retain），数据一直保留到你删除这些申领为止。删除 StatefulSet 也不保证 Pod 的终止顺序；如果关闭顺序很重要，应先把副本数缩到 0。',
        },
      },
    },
  },

  daemonset: {
    id: 'daemonset',
    keywords: ['DaemonSet', 'ds', 'one Pod per node', 'node agent', 'log collector', 'kube-proxy', 'CNI', 'updateStrategy', '守护进程集', '守护进程', '每个节点一个 Pod', '节点代理', '日志采集'],
    docs: [{ url: URLS.daemonSet, label: 'DaemonSet' }],
    commands: [
      { kubectl: 'kubectl get daemonsets -A', note: { en: 'kube-proxy and the network plugin usually run as DaemonSets in kube-system.', zh: 'kube-proxy 和网络插件通常以 DaemonSet 形式运行在 kube-system 中。' } },
      { kubectl: 'kubectl get pods -l <selector> -o wide', note: { en: 'The NODE column shows one Pod per eligible node.', zh: 'NODE 列显示每个符合条件的节点上各有一个 Pod。' } },
      { kubectl: 'kubectl rollout status daemonset/<name>' },
    ],
    related: ['daemonset-scheduling', 'taints-tolerations', 'node', 'kube-proxy', 'rolling-update', 'self-healing'],
    text: {
      en: {
        title: 'DaemonSet',
        summary: 'Runs one copy of a Pod on every eligible node, adding a Pod when a node joins and removing it when the node goes.',
        body: para(
          'DaemonSets run per-node software: log collectors, monitoring agents, network plugins, kube-proxy. There is no replicas field; the DaemonSet controller creates one Pod for each node that qualifies, and as nodes join or leave the cluster their Pods are added or garbage-collected.',
          'Which nodes qualify is decided by the Pod template: a nodeSelector or node affinity narrows them, and taints keep Pods off nodes whose taints they do not tolerate, which is why a DaemonSet usually skips control-plane nodes. kubectl get ds shows DESIRED (nodes that should run a Pod), CURRENT, READY, UP-TO-DATE and AVAILABLE.',
          'A template change rolls out node by node: the RollingUpdate strategy (the default) replaces Pods within maxUnavailable (default 1) and maxSurge (default 0); OnDelete replaces a Pod only when you delete it.',
        ),
        misconception: {
          belief: 'DaemonSet Pods skip the scheduler and run on every node, control plane included.',
          correction:
            'Since Kubernetes 1.12 (GA in 1.17) the DaemonSet controller pins each Pod to its node with node affinity and the default scheduler binds it, so taints, resources and priorities apply as for any Pod. A DaemonSet runs on control-plane nodes only if its Pods tolerate their node-role.kubernetes.io/control-plane taint.',
        },
      },
      zh: {
        title: 'DaemonSet（守护进程集）',
        summary: '在每个符合条件的节点上运行一个 Pod 副本；节点加入时补上 Pod，节点离开时移除 Pod。',
        body: para(
          'DaemonSet 运行每个节点都需要的软件：日志采集器、监控代理、网络插件、kube-proxy。它没有 replicas 字段；DaemonSet 控制器为每个符合条件的节点创建一个 Pod，节点加入或离开集群时，对应的 Pod 会被添加或被垃圾回收。',
          '哪些节点符合条件由 Pod 模板决定：nodeSelector 或节点亲和性缩小范围，污点则让 Pod 远离它不容忍的节点，这就是 DaemonSet 通常不在控制平面节点上运行的原因。kubectl get ds 显示 DESIRED（应运行 Pod 的节点数）、CURRENT、READY、UP-TO-DATE 和 AVAILABLE。',
          '修改模板会逐个节点地发布：RollingUpdate 策略（默认）在 maxUnavailable（默认 1）和 maxSurge（默认 0）的限制内替换 Pod；OnDelete 则只在你删除 Pod 时才替换它。',
        ),
        misconception: {
          belief: 'DaemonSet 的 Pod 绕过调度器，会运行在包括控制平面在内的每个节点上。',
          correction:
            '自 Kubernetes 1.12 起（1.17 正式 GA），DaemonSet 控制器用节点亲和性把每个 Pod 固定到对应节点，再由默认调度器完成绑定，因此污点、资源和优先级对它同样生效。只有当 Pod 容忍控制平面节点的 node-role.kubernetes.io/control-plane 污点时，DaemonSet 才会在这些节点上运行。',
        },
      },
    },
  },

  cronjob: {
    id: 'cronjob',
    keywords: ['CronJob', 'cj', 'cron', 'schedule', 'periodic job', 'backup', 'suspend', 'successfulJobsHistoryLimit', 'lastScheduleTime', '定时任务', '周期任务', '计划任务', '定时执行'],
    docs: [
      { url: URLS.cronJob, label: 'CronJob' },
      { url: URLS.cronJobTasks, label: 'Running Automated Tasks with a CronJob' },
    ],
    commands: [
      { kubectl: 'kubectl get cronjobs', note: { en: 'Columns: SCHEDULE, TIMEZONE, SUSPEND, ACTIVE and LAST SCHEDULE.', zh: '列：SCHEDULE、TIMEZONE、SUSPEND、ACTIVE 和 LAST SCHEDULE。' } },
      { kubectl: 'kubectl create job <name>-manual --from=cronjob/<name>', note: { en: 'Runs the CronJob\'s Job once, now, without waiting for the schedule.', zh: '不等计划时间，立即按该 CronJob 的模板运行一次 Job。' } },
      { kubectl: 'kubectl patch cronjob <name> -p \'{"spec":{"suspend":true}}\'', note: { en: 'Stops new runs; Jobs already running continue.', zh: '停止创建新的运行；已在运行的 Job 不受影响。' } },
    ],
    related: ['cronjob-schedule', 'job', 'job-failure-handling', 'owner-references', 'kube-controller-manager'],
    text: {
      en: {
        title: 'CronJob',
        summary: 'Creates a Job on a repeating schedule written in cron format, for backups, reports and other periodic work.',
        body: para(
          'A CronJob is like one line of a crontab. Its controller, in kube-controller-manager, checks the schedule and at each scheduled time creates a Job from spec.jobTemplate; the Job then creates the Pods. The Job\'s name is the CronJob\'s name plus a suffix, which is why CronJob names may be at most 52 characters.',
          'It keeps the last 3 successful and the last failed Job by default (successfulJobsHistoryLimit and failedJobsHistoryLimit) and deletes older ones. status.lastScheduleTime and lastSuccessfulTime say when it last ran and last succeeded, and status.active lists the Jobs running now. suspend: true stops new runs without touching running Jobs.',
          'How the schedule is read, in which time zone, and what happens when a run is late or the previous one is still running is set by the schedule, timeZone, startingDeadlineSeconds and concurrencyPolicy fields.',
        ),
        misconception: {
          belief: 'A CronJob runs its Job exactly once at every scheduled time.',
          correction:
            'The docs say a Job is created about once per scheduled time: in some circumstances two Jobs are created, or none. Make the Job idempotent, and set concurrencyPolicy to Forbid or Replace if runs must not overlap.',
        },
      },
      zh: {
        title: 'CronJob（定时任务）',
        summary: '按用 Cron 格式编写的时间表周期性地创建 Job，用于备份、生成报表等周期性工作。',
        body: para(
          'CronJob 就像 crontab 文件中的一行。它的控制器运行在 kube-controller-manager 中，按时间表检查，到了计划时间就根据 spec.jobTemplate 创建一个 Job，再由 Job 创建 Pod。Job 的名称是 CronJob 的名称加上一个后缀，所以 CronJob 的名称最多只能有 52 个字符。',
          '默认保留最近 3 个成功的 Job 和最近 1 个失败的 Job（successfulJobsHistoryLimit 和 failedJobsHistoryLimit），更早的会被删除。status.lastScheduleTime 和 lastSuccessfulTime 表示最近一次运行和最近一次成功的时间，status.active 列出正在运行的 Job。suspend: true 停止新的运行，但不影响已在运行的 Job。',
          '时间表如何解读、使用哪个时区、运行迟到或上一次尚未结束时怎么办，由 schedule、timeZone、startingDeadlineSeconds 和 concurrencyPolicy 这几个字段决定。',
        ),
        misconception: {
          belief: 'CronJob 在每个计划时间都恰好运行一次 Job。',
          correction: '官方文档说明，每个计划时间“大约”创建一次 Job：某些情况下会创建两个 Job，或者一个也不创建。应让 Job 具备幂等性；如果运行不能重叠，请把 concurrencyPolicy 设为 Forbid 或 Replace。',
        },
      },
    },
  },

  'replication-controller': {
    id: 'replication-controller',
    keywords: ['ReplicationController', 'rc', 'replication controller', 'kubectl rolling-update', 'legacy', 'ReplicaSet', 'Deployment', '副本控制器', '复制控制器', 'RC', '滚动更新', '副本'],
    docs: [
      { url: URLS.replicationController, label: 'ReplicationController' },
      { url: URLS.replicaSet, label: 'ReplicaSet' },
    ],
    commands: [
      { kubectl: 'kubectl get replicationcontrollers -A', note: { en: 'Usually empty on a current cluster.', zh: '在当前版本的集群上通常为空。' } },
      { kubectl: 'kubectl create deployment web --image=nginx --replicas=3', note: { en: 'What to use instead: a Deployment, which manages ReplicaSets.', zh: '应改用 Deployment，由它管理 ReplicaSet。' } },
      { kubectl: 'kubectl rollout status deployment/web', note: { en: 'Replaces the removed kubectl rolling-update.', zh: '取代已被移除的 kubectl rolling-update。' } },
    ],
    related: ['replicaset', 'deployment', 'rolling-update', 'label-selector', 'kube-controller-manager', 'self-healing'],
    text: {
      en: {
        title: 'ReplicationController (legacy)',
        summary: 'The original object for keeping N copies of a Pod running; replaced by ReplicaSets managed by Deployments.',
        body: para(
          'A ReplicationController (core v1, short name rc) has a replica count, an equality-based selector and a Pod template. Its controller in kube-controller-manager creates Pods when there are too few, because they failed, were deleted or disappeared with their node, and deletes Pods when there are too many.',
          'ReplicaSet is its successor, with set-based selectors, and a Deployment that manages ReplicaSets is now the recommended way to run replicated Pods. Rolling updates belong to Deployments: the deployment controller creates a ReplicaSet for each new Pod template and moves Pods over to it on the server. A ReplicationController was never updated by the cluster itself; kubectl rolling-update did it from the client, and that command was deprecated in 1.11 and removed in 1.18.',
          'The API still works so that old manifests keep running, but current clusters rarely have any. Study notes that say "Replication Controller" for keeping replicas or for rolling updates describe what ReplicaSets and Deployments do today.',
        ),
        misconception: {
          belief: 'The Replication Controller in kube-controller-manager keeps the replica count and performs rolling updates.',
          correction:
            'kube-controller-manager runs a separate controller per kind. Replica counts are kept by the ReplicaSet controller (and, for the legacy kind, the ReplicationController controller); rolling updates are done by the deployment controller, which scales a Deployment\'s new ReplicaSet up and its old ones down. A ReplicationController never rolled itself out: that was the client-side kubectl rolling-update, removed in Kubernetes 1.18.',
        },
      },
      zh: {
        title: 'ReplicationController（副本控制器，旧版）',
        summary: '最早用来保持 N 个 Pod 副本运行的对象；已被由 Deployment 管理的 ReplicaSet 取代。',
        body: para(
          'ReplicationController（core v1，简称 rc）包含副本数、基于等值的选择算符和 Pod 模板。它的控制器运行在 kube-controller-manager 中：Pod 太少时（因失败、被删除或随节点消失）补建 Pod，太多时删除多余的 Pod。',
          'ReplicaSet 是它的继任者，支持基于集合的选择算符；如今推荐的做法是使用 Deployment，由它来管理 ReplicaSet。滚动更新是 Deployment 的功能：deployment 控制器为每个新的 Pod 模板创建一个 ReplicaSet，并在服务器端把 Pod 逐步迁移过去。ReplicationController 从来不会由集群自己完成更新，而是由客户端的 kubectl rolling-update 来做；该命令在 1.11 中被弃用，在 1.18 中被移除。',
          '为了让旧清单继续可用，这个 API 仍然保留，但当前的集群里很少还有这类对象。学习资料中用“Replication Controller”来指保持副本数或滚动更新的地方，说的其实是今天由 ReplicaSet 和 Deployment 完成的工作。',
        ),
        misconception: {
          belief: 'kube-controller-manager 中的 Replication Controller 负责维持副本数并执行滚动更新。',
          correction:
            'kube-controller-manager 为每种对象运行各自的控制器。副本数由 ReplicaSet 控制器维持（旧版对象则由 ReplicationController 控制器维持）；滚动更新由 deployment 控制器完成，它把 Deployment 的新 ReplicaSet 扩容、旧 ReplicaSet 缩容。ReplicationController 从来不会自己滚动更新：那是客户端命令 kubectl rolling-update 的工作，而它已在 Kubernetes 1.18 中被移除。',
        },
      },
    },
  },

  'self-healing': {
    id: 'self-healing',
    keywords: ['self-healing', 'reconciliation', 'reconcile', 'control loop', 'desired state', 'controller', 'replacement Pod', 'restart', '自愈', '自我修复', '控制循环', '调谐', '期望状态', '故障恢复', '重启'],
    docs: [
      { url: URLS.selfHealing, label: 'Kubernetes Self-Healing' },
      { url: URLS.controllers, label: 'Controllers' },
    ],
    commands: [
      { kubectl: 'kubectl delete pod <pod>', note: { en: 'For a Pod of a Deployment: its ReplicaSet creates a replacement, with a new name, within seconds.', zh: '对于 Deployment 的 Pod：它的 ReplicaSet 会在几秒内创建一个名字不同的替代 Pod。' } },
      { kubectl: 'kubectl get pods -w' },
      { kubectl: 'kubectl get events --field-selector reason=SuccessfulCreate', note: { en: 'The controllers\' record of each Pod they created.', zh: '控制器每创建一个 Pod 都会留下这样的记录。' } },
    ],
    related: ['kube-controller-manager', 'replicaset', 'restart-policy', 'reason-crash-loop-backoff', 'statefulset', 'daemonset', 'taint-unreachable', 'liveness-probe'],
    text: {
      en: {
        title: 'Self-healing',
        summary: 'Kubernetes repairs by reconciliation: controllers keep comparing what you asked for with what exists and act on the difference.',
        body: para(
          'Each controller runs a control loop: it watches the objects it is responsible for, compares the desired state in their spec with what exists, and acts to close the gap, over and over. Nothing is done just once: a ReplicaSet that asks for 4 Pods and sees 3 creates one, whatever made the fourth disappear.',
          'Healing happens at two levels. On the node, the kubelet restarts a container that exits or fails its liveness probe, as the Pod\'s restartPolicy says, with a growing back-off (CrashLoopBackOff); the Pod keeps its name and IP. Above the nodes, workload controllers replace whole Pods: a ReplicaSet, StatefulSet or DaemonSet creates a new Pod when one is deleted, evicted or lost with its node (Pods on an unreachable node are evicted after their toleration time, 300 s by default).',
          'A bare Pod you created yourself has no controller, so nothing recreates it once it is gone. Healing also cannot fix the application: a container that crashes on every start is restarted again and again, and a Pod that cannot be scheduled stays Pending until something changes.',
        ),
        misconception: {
          belief: 'When a container or node fails, Kubernetes moves the Pod to a healthy node and restarts it there.',
          correction:
            'Pods are never moved. A failed container is restarted inside the same Pod, on the same node, by the kubelet. When a node is lost, its Pods are deleted and their controllers create new Pods, which the scheduler places elsewhere; these have new IPs and, except for StatefulSet Pods, new names. Pods without a controller are simply gone.',
        },
      },
      zh: {
        title: '自愈（自我修复）',
        summary: 'Kubernetes 通过调谐实现自愈：控制器不断比较你的期望与实际存在的对象，并针对差异采取行动。',
        body: para(
          '每个控制器都运行一个控制循环：监视自己负责的对象，比较 spec 中的期望状态与实际情况，然后采取行动缩小差距，周而复始。没有什么是“只做一次”的：一个期望 4 个 Pod 的 ReplicaSet 只看到 3 个时，就会再创建一个，不管第四个是因为什么消失的。',
          '自愈发生在两个层面。在节点上，kubelet 按 Pod 的 restartPolicy 重启退出或存活探针失败的容器，重启间隔逐渐变长（CrashLoopBackOff）；Pod 的名称和 IP 保持不变。在节点之上，工作负载控制器替换整个 Pod：当 Pod 被删除、被驱逐或随节点丢失时，ReplicaSet、StatefulSet 或 DaemonSet 会创建新的 Pod（不可达节点上的 Pod 会在容忍时间到期后被驱逐，默认 300 秒）。',
          '你自己直接创建的裸 Pod 没有控制器，一旦消失就不会被重建。自愈也修不好应用本身：每次启动都崩溃的容器会被一次又一次地重启，无法调度的 Pod 会一直处于悬决（Pending）状态，直到情况发生变化。',
        ),
        misconception: {
          belief: '容器或节点出故障时，Kubernetes 会把 Pod 迁移到健康的节点上重新启动。',
          correction:
            'Pod 从来不会被迁移。失败的容器由 kubelet 在同一节点上的同一个 Pod 内重启。节点丢失时，其上的 Pod 会被删除，由各自的控制器创建新的 Pod，再由调度器放到其他节点上；新 Pod 的 IP 不同，名称也不同（StatefulSet 的 Pod 除外）。没有控制器的 Pod 就此消失。',
        },
      },
    },
  },

  'horizontal-pod-autoscaler': {
    id: 'horizontal-pod-autoscaler',
    keywords: ['HorizontalPodAutoscaler', 'HPA', 'hpa', 'autoscaling', 'autoscale', 'scale out', 'Metrics Server', 'minReplicas', 'maxReplicas', 'scale subresource', '扩缩容', '自动扩缩容', '水平扩缩', '弹性伸缩', '自动伸缩'],
    docs: [
      { url: URLS.hpa, label: 'Horizontal Pod Autoscaling' },
      { url: URLS.deploymentReplicas, label: 'Deployments: Replicas' },
    ],
    commands: [
      { kubectl: 'kubectl autoscale deployment web --cpu=70% --min=2 --max=10', note: { en: 'Creates an HPA that keeps average CPU use near 70 % of the Pods\' requests.', zh: '创建一个 HPA，使 Pod 的平均 CPU 使用量保持在其请求值的 70% 左右。' } },
      { kubectl: 'kubectl get hpa', note: { en: 'TARGETS shows the current against the target value; REPLICAS is what it has set.', zh: 'TARGETS 显示当前值与目标值；REPLICAS 是它设定的副本数。' } },
      { kubectl: 'kubectl describe hpa <name>' },
    ],
    related: ['deployment', 'statefulset', 'replicaset', 'resources', 'kube-controller-manager', 'max-surge-max-unavailable'],
    text: {
      en: {
        title: 'HorizontalPodAutoscaler (HPA)',
        summary: 'Changes the replica count of a Deployment, StatefulSet or other scalable object to follow a metric such as average CPU use.',
        body: para(
          'An HPA (autoscaling/v2) targets a workload that has a scale subresource and a metric: average CPU or memory use relative to the Pods\' requests, or a custom or external metric. Its controller in kube-controller-manager runs every 15 seconds by default, computes desiredReplicas = ceil(currentReplicas × currentValue / targetValue), keeps the result between minReplicas and maxReplicas, and writes it to the target\'s spec.replicas.',
          'Once an HPA targets a workload it owns spec.replicas. Leave replicas out of the manifest you apply: otherwise every kubectl apply resets the count to the number in the file until the HPA corrects it again. The Deployment then scales and rolls out as usual; the HPA only decides how many Pods there are.',
          'Resource metrics come from the metrics.k8s.io API, usually served by Metrics Server, an add-on; utilization targets need resource requests on the containers. Scaling down is cautious: by default the HPA keeps the highest recommendation of the last 5 minutes. DaemonSets cannot be scaled this way, and adding nodes is the job of a separate node autoscaler.',
        ),
        misconception: {
          belief: 'Kubernetes scales applications automatically, out of the box.',
          correction:
            'Nothing scales by itself. Replicas stay at the number you set until you create a HorizontalPodAutoscaler for the workload and the cluster serves metrics (usually through Metrics Server, an add-on). Adding nodes when Pods do not fit is yet another component, a node autoscaler.',
        },
      },
      zh: {
        title: 'HorizontalPodAutoscaler（Pod 水平自动扩缩）',
        summary: '根据平均 CPU 使用量等指标，自动调整 Deployment、StatefulSet 等可扩缩对象的副本数。',
        body: para(
          'HPA（autoscaling/v2）指向一个带有 scale 子资源的工作负载以及一个指标：相对于 Pod 请求值的平均 CPU 或内存使用量，或者自定义指标、外部指标。它的控制器运行在 kube-controller-manager 中，默认每 15 秒计算一次 desiredReplicas = ceil(currentReplicas × currentValue / targetValue)（当前值除以目标值），把结果限制在 minReplicas 与 maxReplicas 之间，并写入目标对象的 spec.replicas。',
          '一旦有 HPA 管理某个工作负载，spec.replicas 就归它所有。在你 apply 的清单中不要再写 replicas：否则每次 kubectl apply 都会把副本数重置为文件中的数字，直到 HPA 再次纠正。Deployment 照常扩缩容和发布；HPA 只决定 Pod 的数量。',
          '资源指标来自 metrics.k8s.io API，通常由插件 Metrics Server 提供；按利用率设定目标时，容器必须设置资源请求。缩容比较谨慎：默认情况下 HPA 采用最近 5 分钟内的最高建议值。DaemonSet 无法这样扩缩；增加节点则是另一个组件——节点自动扩缩器——的工作。',
        ),
        misconception: {
          belief: 'Kubernetes 开箱即可自动扩缩容应用。',
          correction: '没有什么会自己扩缩。在你为工作负载创建 HorizontalPodAutoscaler、并且集群提供了指标（通常通过插件 Metrics Server）之前，副本数始终是你设定的数字。Pod 放不下时增加节点，又是另一个组件（节点自动扩缩器）的事。',
        },
      },
    },
  },
};
