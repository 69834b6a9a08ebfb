import type { ConceptId } from '../../ids';
import type { ConceptEntry } from '../../types';
import { para, URLS } from './shared';

/** Section 11 of the source sheet: Pod phases, plus Pod conditions (k8s-facts.md §1, §2). */
export type PhaseConceptId = Extract<
  ConceptId,
  | 'pod-phase'
  | 'phase-pending'
  | 'phase-running'
  | 'phase-succeeded'
  | 'phase-failed'
  | 'phase-unknown'
  | 'pod-conditions'
  | 'condition-pod-scheduled'
  | 'condition-pod-ready-to-start-containers'
  | 'condition-initialized'
  | 'condition-containers-ready'
  | 'condition-ready'
  | 'condition-disruption-target'
>;

const PHASE_CMD = { kubectl: "kubectl get pod <pod> -o jsonpath='{.status.phase}'" };
const CONDITIONS_CMD = {
  kubectl: "kubectl get pod <pod> -o jsonpath='{range .status.conditions[*]}{.type}{\"=\"}{.status}{\" \"}{.reason}{\"\\n\"}{end}'",
};

export const phaseConcepts: Record<PhaseConceptId, ConceptEntry> = {
  'pod-phase': {
    id: 'pod-phase',
    keywords: ['phase', 'status.phase', 'Pending', 'Running', 'Succeeded', 'Failed', 'Unknown', 'lifecycle', 'Pod 阶段', 'Pod 状态', '生命周期', '阶段'],
    docs: [{ url: URLS.podPhase, label: 'Pod Lifecycle: Pod phase' }],
    commands: [
      PHASE_CMD,
      {
        docker: "docker inspect --format '{{.State.Status}}' <container>",
        note: {
          en: 'Docker tracks a state per container (created, running, exited…); Kubernetes adds a phase for the whole Pod.',
          zh: 'Docker 只记录单个容器的状态（created、running、exited 等）；Kubernetes 额外为整个 Pod 给出阶段。',
        },
      },
    ],
    related: ['phase-pending', 'phase-running', 'phase-succeeded', 'phase-failed', 'phase-unknown', 'pod-conditions', 'container-states', 'pod'],
    text: {
      en: {
        title: 'Pod phase',
        summary: "status.phase: the Pod's coarse place in its life: Pending, Running, Succeeded or Failed (Unknown is deprecated).",
        body: para(
          `Every Pod has a status.phase, a deliberately coarse summary. Pending: accepted, but not all containers are running yet (scheduling, image pulls, init containers). Running: bound to a node, all containers created, at least one running, starting or restarting. Succeeded and Failed are terminal: every container has stopped and none will be restarted.`,
          `The phase is not the STATUS column of kubectl get pods. kubectl computes STATUS from the phase, container reasons and deletion, so CrashLoopBackOff, ImagePullBackOff, Init:0/1, Terminating and Completed are display values, not phases. A Pod shown as CrashLoopBackOff is usually in phase Running.`,
          `For detail, read the Pod's conditions (PodScheduled, Initialized, ContainersReady, Ready) and each container's state. Since Kubernetes 1.27 the kubelet moves a deleted Pod to Failed or Succeeded before the object is removed.`,
        ),
      },
      zh: {
        title: 'Pod 阶段（phase）',
        summary: 'status.phase：Pod 在生命周期中的粗略位置，取值 Pending、Running、Succeeded 或 Failed（Unknown 已弃用）。',
        body: para(
          `每个 Pod 都有 status.phase，它是一个刻意保持粗略的概括。Pending：已被集群接受，但还有容器没有运行起来（调度、拉取镜像、运行 Init 容器）。Running：已绑定到节点，所有容器都已创建，至少一个正在运行、启动或重启。Succeeded 和 Failed 是终止阶段：所有容器都已停止，且不会再被重启。`,
          `阶段不等于 kubectl get pods 的 STATUS 列。kubectl 根据阶段、容器原因和删除状态计算 STATUS，所以 CrashLoopBackOff、ImagePullBackOff、Init:0/1、Terminating、Completed 都只是显示值，而不是阶段。显示为 CrashLoopBackOff 的 Pod 通常处于 Running 阶段。`,
          `要看细节，请查看 Pod 的状况（PodScheduled、Initialized、ContainersReady、Ready）以及每个容器的状态。从 Kubernetes 1.27 起，kubelet 会在删除对象之前把被删除的 Pod 置为 Failed 或 Succeeded。`,
        ),
      },
    },
  },

  'phase-pending': {
    id: 'phase-pending',
    keywords: ['Pending', 'waiting', 'unschedulable', 'FailedScheduling', 'ContainerCreating', '悬决', '等待', '挂起', '调度', '未调度', '拉取镜像'],
    docs: [
      { url: URLS.podPhase, label: 'Pod Lifecycle: Pod phase' },
      { url: URLS.debugPods, label: 'Debug Pods' },
    ],
    commands: [PHASE_CMD, { kubectl: 'kubectl describe pod <pod>', note: { en: 'Conditions and Events show which step is pending.', zh: '其中的 Conditions 状况和 Events 事件能看出卡在哪一步。' } }],
    related: ['pod-phase', 'condition-pod-scheduled', 'condition-pod-ready-to-start-containers', 'init-containers', 'reason-container-creating', 'reason-image-pull-backoff', 'kube-scheduler'],
    text: {
      en: {
        title: 'Pending',
        summary: 'Accepted by the cluster, but not all containers are running yet: waiting for a node, pulling images, creating the sandbox or running init containers.',
        body: para(
          `Pending covers everything between creation and the moment all containers have been created. The Pod may still be waiting for the scheduler: PodScheduled is False with reason Unschedulable and a FailedScheduling event such as "0/3 nodes are available: ...", or reason SchedulingGated while spec.schedulingGates is not empty.`,
          `A Pod already bound to a node is still Pending while the kubelet admits it and mounts its volumes, has the runtime create the sandbox and network (PodReadyToStartContainers), then pulls images (ContainerCreating, ErrImagePull, ImagePullBackOff) and runs the init containers one by one (kubectl shows Init:0/2 and so on).`,
          `To see which step it is on, read the conditions in order and then the events; kubectl describe pod shows both.`,
        ),
        misconception: {
          belief: 'Pending means the Pod is waiting to be scheduled.',
          correction:
            'Scheduling is only the first part. A Pod bound to a node stays Pending while its sandbox is created, its images are pulled and its init containers run. Check PodScheduled first, then the containers\' waiting reasons.',
        },
      },
      zh: {
        title: 'Pending（悬决）',
        summary: '已被集群接受，但还有容器没有运行：在等待分配节点、拉取镜像、创建沙箱或运行 Init 容器。',
        body: para(
          `Pending 涵盖从创建到所有容器都创建完成之间的全部过程。Pod 可能还在等待调度器：PodScheduled 为 False、原因为 Unschedulable，并伴有类似 “0/3 nodes are available: ...” 的 FailedScheduling 事件；或者在 spec.schedulingGates 非空时，原因为 SchedulingGated。`,
          `即使已经绑定到节点，Pod 在以下过程中仍是 Pending：kubelet 准入 Pod 并挂载卷，让运行时创建沙箱和网络（PodReadyToStartContainers），然后拉取镜像（ContainerCreating、ErrImagePull、ImagePullBackOff），以及逐个运行 Init 容器（kubectl 显示 Init:0/2 之类）。`,
          `想知道卡在哪一步，就按顺序查看状况，再看事件；kubectl describe pod 会同时显示两者。`,
        ),
        misconception: {
          belief: 'Pending 就是 Pod 在等待调度。',
          correction: '调度只是第一步。已绑定到节点的 Pod 在创建沙箱、拉取镜像、运行 Init 容器期间仍然是 Pending。应先看 PodScheduled，再看各容器的等待原因。',
        },
      },
    },
  },

  'phase-running': {
    id: 'phase-running',
    keywords: ['Running', 'running', '运行中', '运行'],
    docs: [{ url: URLS.podPhase, label: 'Pod Lifecycle: Pod phase' }],
    commands: [PHASE_CMD, { kubectl: 'kubectl get pod <pod> -o wide', docker: 'docker ps' }],
    related: ['pod-phase', 'condition-ready', 'readiness-probe', 'reason-crash-loop-backoff', 'container-states'],
    text: {
      en: {
        title: 'Running',
        summary: 'Bound to a node with all containers created; at least one is running, starting or restarting. It does not mean healthy or Ready.',
        body: para(
          `Running means the Pod has a node, every container has been created, and at least one container is running or being started or restarted. It says nothing about health or readiness.`,
          `A Running Pod can still be useless. Its containers may be failing their readiness probe (READY 0/1), or one may be crash-looping: with restartPolicy Always or OnFailure a crashing container keeps the Pod in Running while kubectl shows CrashLoopBackOff. Check the Ready condition and containerStatuses for the real picture.`,
        ),
      },
      zh: {
        title: 'Running（运行中）',
        summary: '已绑定到节点且所有容器都已创建；至少一个容器正在运行、启动或重启。这并不代表健康或就绪。',
        body: para(
          `Running 表示 Pod 已有节点、所有容器都已创建，且至少有一个容器正在运行或正在启动、重启。它并不说明 Pod 是否健康、是否就绪。`,
          `处于 Running 的 Pod 仍可能完全不可用：容器可能一直没通过就绪探针（READY 0/1），也可能有容器在反复崩溃——在 restartPolicy 为 Always 或 OnFailure 时，崩溃的容器会让 Pod 保持 Running，而 kubectl 显示 CrashLoopBackOff。要了解真实情况，请查看 Ready 状况和 containerStatuses。`,
        ),
      },
    },
  },

  'phase-succeeded': {
    id: 'phase-succeeded',
    keywords: ['Succeeded', 'Completed', 'success', 'exit 0', 'Job', '成功', '已完成', '执行完毕'],
    docs: [
      { url: URLS.podPhase, label: 'Pod Lifecycle: Pod phase' },
      { url: URLS.restartPolicy, label: 'Pod Lifecycle: Container restart policy' },
    ],
    commands: [PHASE_CMD, { kubectl: 'kubectl logs <pod>', docker: 'docker ps -a --filter status=exited' }],
    related: ['pod-phase', 'reason-completed', 'restart-policy', 'job', 'phase-failed'],
    text: {
      en: {
        title: 'Succeeded',
        summary: 'Terminal: every container exited with code 0 and none will be restarted.',
        body: para(
          `Succeeded is a terminal phase: all containers exited with code 0, that is, every container in the Pod terminated successfully, and none of them will be restarted. It is the normal end of a Job's Pod or a one-off Pod; kubectl shows the STATUS Completed.`,
          `Outside deletion, a Pod with restartPolicy Always never reaches Succeeded: the kubelet restarts its containers even after exit 0, which is why Deployment Pods never complete. Use restartPolicy OnFailure or Never, as Jobs do. Sidecar containers do not hold it back; they are stopped once the main containers have finished.`,
          `A Succeeded Pod keeps its node assignment and logs until it is deleted (by you, by a Job's ttlSecondsAfterFinished, or by the Pod garbage collector), so kubectl logs still works.`,
        ),
        misconception: {
          belief: 'Succeeded means all containers started successfully and are running.',
          correction:
            'Succeeded means all containers have terminated, each with exit code 0, and will not be restarted. A Pod whose containers are up and running is in phase Running.',
        },
      },
      zh: {
        title: 'Succeeded（成功）',
        summary: '终止阶段：所有容器都以退出码 0 结束，且都不会再被重启。',
        body: para(
          `Succeeded 是终止阶段：Pod 中所有容器都已以退出码 0 正常结束，并且都不会再被重启。这是 Job 的 Pod 或一次性 Pod 的正常结局；kubectl 的 STATUS 显示为 Completed。`,
          `在不被删除的情况下，restartPolicy 为 Always 的 Pod 永远到不了 Succeeded：即使容器以 0 退出，kubelet 也会重启它，所以 Deployment 的 Pod 永远不会“完成”。需要运行到结束的任务应使用 OnFailure 或 Never，Job 正是这样做的。边车容器不会妨碍这一点，主容器结束后它们会被停止。`,
          `Succeeded 的 Pod 会保留节点信息和日志，直到被删除（由你手动删除、由 Job 的 ttlSecondsAfterFinished 删除，或由 Pod 垃圾回收器删除），因此 kubectl logs 仍然可用。`,
        ),
        misconception: {
          belief: 'Succeeded 表示所有容器都已成功启动并在运行。',
          correction: 'Succeeded 表示所有容器都已终止、每个退出码都是 0，且不会再被重启。容器都在正常运行的 Pod 处于 Running 阶段。',
        },
      },
    },
  },

  'phase-failed': {
    id: 'phase-failed',
    keywords: ['Failed', 'failure', 'Evicted', 'DeadlineExceeded', 'exit code', '失败', '异常退出', '驱逐'],
    docs: [
      { url: URLS.podPhase, label: 'Pod Lifecycle: Pod phase' },
      { url: URLS.containerRestarts, label: 'How Pods handle problems with containers' },
    ],
    commands: [
      PHASE_CMD,
      {
        kubectl: "kubectl get pod <pod> -o jsonpath='{.status.reason}{\" \"}{.status.message}'",
        note: { en: 'Set when the whole Pod failed, e.g. Evicted.', zh: '整个 Pod 失败时（如 Evicted）会填写此字段。' },
      },
    ],
    related: ['pod-phase', 'reason-error', 'reason-oom-killed', 'restart-policy', 'reason-crash-loop-backoff', 'phase-succeeded'],
    text: {
      en: {
        title: 'Failed',
        summary: 'Terminal: all containers have stopped, at least one failed (non-zero exit or killed by the system), and none will be restarted.',
        body: para(
          `Failed is terminal: every container has terminated, at least one of them in failure (a non-zero exit code, or killed by the system, for example OOMKilled), and restartPolicy will not restart it. It is typical for Pods with restartPolicy Never.`,
          `A Pod can also fail as a whole without any container exiting on its own. Node-pressure eviction sets phase Failed with status.reason Evicted; exceeding activeDeadlineSeconds fails it with reason DeadlineExceeded; the Pod garbage collector marks Pods of a vanished node Failed as it cleans them up.`,
          `With restartPolicy Always (the default, and the only choice for Deployments) a crashing container does not make the Pod Failed. It is restarted with back-off, the phase stays Running, and kubectl shows CrashLoopBackOff.`,
        ),
        misconception: {
          belief: 'Failed means a container exited abnormally.',
          correction:
            'Failed requires all containers to have terminated, at least one in failure, with none to be restarted. With restartPolicy Always a crashing container keeps the Pod in phase Running; kubectl shows CrashLoopBackOff.',
        },
      },
      zh: {
        title: 'Failed（失败）',
        summary: '终止阶段：所有容器都已停止，至少一个失败（非零退出或被系统杀死），且都不会再被重启。',
        body: para(
          `Failed 是终止阶段：所有容器都已终止，其中至少一个以失败告终（退出码非零，或被系统杀死，例如 OOMKilled），并且 restartPolicy 不会再重启它。restartPolicy 为 Never 的 Pod 常会进入这个阶段。`,
          `Pod 也可能整体失败，而不是因为某个容器自己退出：节点压力驱逐会把阶段设为 Failed，status.reason 为 Evicted；超过 activeDeadlineSeconds 时原因为 DeadlineExceeded；节点消失后，Pod 垃圾回收器在清理其上的 Pod 时也会把它们标记为 Failed。`,
          `在 restartPolicy 为 Always（默认值，也是 Deployment 唯一允许的值）时，容器崩溃不会让 Pod 变成 Failed：容器会带退避地被重启，阶段保持 Running，kubectl 显示 CrashLoopBackOff。`,
        ),
        misconception: {
          belief: 'Failed 表示有容器异常退出。',
          correction: 'Failed 要求所有容器都已终止、至少一个失败，且都不会再被重启。restartPolicy 为 Always 时，崩溃的容器会让 Pod 保持在 Running 阶段，kubectl 显示 CrashLoopBackOff。',
        },
      },
    },
  },

  'phase-unknown': {
    id: 'phase-unknown',
    keywords: ['Unknown', 'PodUnknown', 'NodeLost', 'node lost', 'unreachable', '未知', '节点失联'],
    docs: [
      { url: URLS.podPhase, label: 'Pod Lifecycle: Pod phase' },
      { url: URLS.taintBasedEvictions, label: 'Taint based evictions' },
    ],
    commands: [PHASE_CMD, { kubectl: 'kubectl get nodes' }],
    related: ['pod-phase', 'node-condition-ready', 'taint-unreachable', 'condition-ready'],
    text: {
      en: {
        title: 'Unknown (deprecated)',
        summary: "A deprecated phase meaning the Pod's state could not be obtained; current Kubernetes does not set it.",
        body: para(
          `Unknown was meant for a Pod whose node could not be reached. The value remains in the API for compatibility, but the API marks it deprecated and no current component sets it.`,
          `When a node stops sending heartbeats today, the node lifecycle controller sets the node's Ready condition to Unknown, sets Ready=False on its Pods so Services stop using them, and taints the node node.kubernetes.io/unreachable. After the default 300-second toleration the node lifecycle controller evicts the Pods (DisruptionTarget with reason DeletionByTaintManager) and their controllers create replacements elsewhere. The Pods do not keep their phase: Kubernetes sets the phase of Pods on a lost node to Failed, at the latest when the Pod garbage collector removes them. kubectl may still print Unknown in the STATUS column for a Pod being deleted with reason NodeLost; that is a display value, not the phase.`,
        ),
        misconception: {
          belief: 'Unknown is the phase of Pods whose node lost contact with the control plane.',
          correction:
            'PodUnknown is deprecated and not set in practice. Pods on a lost node get Ready=False; after their unreachable toleration (300 seconds by default) the node lifecycle controller evicts them, and their phase is set to Failed rather than kept.',
        },
      },
      zh: {
        title: 'Unknown（未知，已弃用）',
        summary: '已弃用的阶段，表示无法获取 Pod 的状态；当前的 Kubernetes 不会再设置它。',
        body: para(
          `Unknown 原本用于所在节点无法联系的 Pod。为了兼容，这个值仍保留在 API 中，但 API 已将其标为弃用，当前没有任何组件会设置它。`,
          `如今节点停止发送心跳时，节点生命周期控制器会把节点的 Ready 状况设为 Unknown，把其上 Pod 的 Ready 设为 False（Service 因此不再使用它们），并给节点加上 node.kubernetes.io/unreachable 污点。默认容忍 300 秒后，节点生命周期控制器驱逐这些 Pod（DisruptionTarget 状况，原因为 DeletionByTaintManager），由各自的控制器在别处创建替代 Pod。这些 Pod 不会保持原来的阶段：Kubernetes 会把失联节点上 Pod 的阶段设为 Failed，最迟在 Pod 垃圾收集器移除它们时完成。对于原因为 NodeLost、正在删除的 Pod，kubectl 的 STATUS 列仍可能显示 Unknown，但那只是显示值，不是阶段。`,
        ),
        misconception: {
          belief: 'Unknown 是节点与控制平面失联时 Pod 的阶段。',
          correction: 'PodUnknown 已弃用，实际上不会被设置。失联节点上的 Pod 的 Ready 变为 False；unreachable 容忍时间（默认 300 秒）到期后，节点生命周期控制器驱逐它们，它们的阶段被设为 Failed，而不是保持原样。',
        },
      },
    },
  },

  'pod-conditions': {
    id: 'pod-conditions',
    keywords: ['conditions', 'status.conditions', 'PodScheduled', 'Initialized', 'ContainersReady', 'Ready', 'readinessGates', 'Pod 状况', '状况', '条件', '就绪'],
    docs: [
      { url: URLS.podConditions, label: 'Pod Lifecycle: Pod conditions' },
      { url: URLS.readinessGate, label: 'Pod readiness gates' },
    ],
    commands: [CONDITIONS_CMD, { kubectl: 'kubectl describe pod <pod>' }],
    related: [
      'condition-pod-scheduled',
      'condition-pod-ready-to-start-containers',
      'condition-initialized',
      'condition-containers-ready',
      'condition-ready',
      'condition-disruption-target',
      'pod-phase',
    ],
    text: {
      en: {
        title: 'Pod conditions',
        summary: 'status.conditions: the milestones a Pod has passed: PodScheduled, PodReadyToStartContainers, Initialized, ContainersReady and Ready.',
        body: para(
          `Conditions give more detail than the phase. Each has a type, a status (True, False or Unknown), a lastTransitionTime and often a reason and message. In lifecycle order: PodScheduled, PodReadyToStartContainers, Initialized, ContainersReady, Ready; for a Pod without init containers, Initialized turns True before PodReadyToStartContainers.`,
          `Binding by the scheduler sets PodScheduled; the kubelet sets the others as the sandbox comes up, init containers finish (at once when there are none) and containers pass their readiness checks. The first condition that is not True usually tells you where a stuck Pod is. spec.readinessGates can add custom conditions that Ready also waits for. DisruptionTarget is different: it appears when the Pod is about to be removed by the system.`,
          `The lastTransitionTime values form a timeline of start-up: how long scheduling, image pulls and readiness each took.`,
        ),
      },
      zh: {
        title: 'Pod 状况（conditions）',
        summary: 'status.conditions：Pod 已经过的里程碑：PodScheduled、PodReadyToStartContainers、Initialized、ContainersReady 和 Ready。',
        body: para(
          `状况比阶段更详细。每个状况都有类型（type）、状态（True、False 或 Unknown）、lastTransitionTime，通常还有 reason 和 message。按生命周期顺序依次为：PodScheduled、PodReadyToStartContainers、Initialized、ContainersReady、Ready；没有 Init 容器的 Pod，Initialized 先于 PodReadyToStartContainers 变为 True。`,
          `PodScheduled 由调度器的绑定操作设置；其余几个由 kubelet 在沙箱就绪、Init 容器完成（没有 Init 容器时立即完成）、容器通过就绪检查时依次设置。第一个不为 True 的状况通常就指出了 Pod 卡在哪里。spec.readinessGates 可以添加自定义状况，Ready 也会等待它们。DisruptionTarget 不同：它出现在 Pod 即将被系统移除的时候。`,
          `各状况的 lastTransitionTime 构成一条启动时间线：调度、拉取镜像、变为就绪分别花了多久。`,
        ),
      },
    },
  },

  'condition-pod-scheduled': {
    id: 'condition-pod-scheduled',
    keywords: ['PodScheduled', 'scheduling', 'Unschedulable', 'SchedulingGated', 'FailedScheduling', 'Scheduled', 'binding', 'nodeName', '调度', '已调度', '无法调度', '绑定'],
    docs: [
      { url: URLS.podConditions, label: 'Pod Lifecycle: Pod conditions' },
      { url: URLS.kubeScheduler, label: 'Kubernetes Scheduler' },
      { url: URLS.schedulingReadiness, label: 'Pod Scheduling Readiness' },
    ],
    commands: [
      CONDITIONS_CMD,
      { kubectl: 'kubectl get events --field-selector reason=FailedScheduling', note: { en: 'The scheduler explains every failed attempt here.', zh: '调度器在这里说明每次调度失败的原因。' } },
    ],
    related: ['kube-scheduler', 'pod-creation-flow', 'phase-pending', 'taints-tolerations', 'resources', 'node-allocatable'],
    text: {
      en: {
        title: 'PodScheduled',
        summary: 'True once the Pod is bound to a node; False with reason Unschedulable when no node fits.',
        body: para(
          `The kube-scheduler watches Pods without spec.nodeName. It filters out nodes that cannot run the Pod (not enough allocatable resources, untolerated taints, affinity, host ports, volumes), scores the rest, and binds the Pod to the best one through the API server. The binding sets spec.nodeName and PodScheduled=True, and a Scheduled event names the node.`,
          `If no node fits, PodScheduled is False with reason Unschedulable and a FailedScheduling event explains why, for example "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint ...". The scheduler tries again when the cluster changes. While spec.schedulingGates is not empty the reason is SchedulingGated and the scheduler does not try at all.`,
        ),
      },
      zh: {
        title: 'PodScheduled（已调度）',
        summary: 'Pod 绑定到节点后为 True；没有合适节点时为 False，原因为 Unschedulable。',
        body: para(
          `kube-scheduler 监视没有 spec.nodeName 的 Pod。它先过滤掉无法运行该 Pod 的节点（可分配资源不足、存在不被容忍的污点、亲和性不满足、主机端口冲突、卷不满足等），再给剩下的节点打分，然后通过 API 服务器把 Pod 绑定到得分最高的节点。绑定会设置 spec.nodeName 和 PodScheduled=True，并产生一条注明节点名的 Scheduled 事件。`,
          `如果没有合适的节点，PodScheduled 为 False，原因为 Unschedulable，并有 FailedScheduling 事件说明原因，例如 “0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint ...”。集群发生变化时调度器会重试。只要 spec.schedulingGates 不为空，原因就是 SchedulingGated，调度器根本不会尝试调度。`,
        ),
      },
    },
  },

  'condition-pod-ready-to-start-containers': {
    id: 'condition-pod-ready-to-start-containers',
    keywords: ['PodReadyToStartContainers', 'PodHasNetwork', 'sandbox', 'pause', 'CNI', 'FailedCreatePodSandBox', '沙箱', 'Pod 网络', '网络就绪'],
    docs: [
      { url: URLS.podHasNetwork, label: 'Pod Lifecycle: Pod network readiness' },
      { url: URLS.podConditions, label: 'Pod Lifecycle: Pod conditions' },
    ],
    commands: [CONDITIONS_CMD, { kubectl: 'kubectl get events --field-selector reason=FailedCreatePodSandBox' }],
    related: ['pod-conditions', 'kubelet', 'container-runtime', 'linux-namespaces', 'pod-creation-flow'],
    text: {
      en: {
        title: 'PodReadyToStartContainers',
        summary: "Set by the kubelet: True once the Pod's sandbox and network are ready, so containers can be started.",
        body: para(
          `After binding, the kubelet on the node admits the Pod and mounts its volumes, then asks the container runtime (through the CRI) to create the Pod sandbox, the shared network namespace that holds the Pod's IP, and the CNI plugin configures its networking. When both have succeeded the kubelet sets PodReadyToStartContainers=True; until then it is False. Image pulls and container creation come after it. Early versions called this condition PodHasNetwork.`,
          `If it stays False, look for FailedCreatePodSandBox events: usually the network plugin or the runtime on that node is broken. It can also turn False again later if the sandbox is lost, for example after the node reboots.`,
        ),
      },
      zh: {
        title: 'PodReadyToStartContainers（可启动容器）',
        summary: '由 kubelet 设置：Pod 的沙箱和网络准备好之后为 True，此时才能启动容器。',
        body: para(
          `绑定完成后，节点上的 kubelet 先准入 Pod 并挂载其卷，再通过 CRI 请求容器运行时创建 Pod 沙箱（即承载 Pod IP 的共享网络命名空间），由 CNI 插件配置网络。两者都成功后，kubelet 把 PodReadyToStartContainers 设为 True，在此之前为 False。拉取镜像和创建容器都发生在这之后。这个状况在早期版本中叫 PodHasNetwork。`,
          `如果它一直是 False，请查找 FailedCreatePodSandBox 事件：通常是该节点上的网络插件或容器运行时出了问题。沙箱丢失时（例如节点重启后），它也可能重新变为 False。`,
        ),
      },
    },
  },

  'condition-initialized': {
    id: 'condition-initialized',
    keywords: ['Initialized', 'init containers', 'Init:', 'PodInitializing', '初始化', 'Init 容器', '初始化完成'],
    docs: [
      { url: URLS.podConditions, label: 'Pod Lifecycle: Pod conditions' },
      { url: URLS.initContainers, label: 'Init Containers' },
    ],
    commands: [CONDITIONS_CMD, { kubectl: 'kubectl logs <pod> -c <init-container>' }],
    related: ['init-containers', 'sidecar-containers', 'reason-pod-initializing', 'pod-conditions'],
    text: {
      en: {
        title: 'Initialized',
        summary: 'True once every init container has completed successfully (and every sidecar has started).',
        body: para(
          `Init containers run one at a time, in order, before the app containers. The kubelet sets Initialized=True when every regular init container has exited with code 0 and every sidecar (an init container with restartPolicy Always) has started. For a Pod without init containers it is True at once, before the sandbox is even created (so before PodReadyToStartContainers).`,
          `While it is False, kubectl shows Init:N/M, or Init:<reason> such as Init:CrashLoopBackOff or Init:Error when an init container fails, and the app containers wait with reason PodInitializing. Read the init container's output with kubectl logs <pod> -c <init-container>.`,
        ),
      },
      zh: {
        title: 'Initialized（已初始化）',
        summary: '所有 Init 容器都成功完成（且所有边车容器都已启动）后为 True。',
        body: para(
          `Init 容器在应用容器之前按顺序逐个运行。当每个普通 Init 容器都以退出码 0 结束、每个边车容器（restartPolicy 为 Always 的 Init 容器）都已启动时，kubelet 把 Initialized 设为 True。没有 Init 容器的 Pod 立即为 True，甚至早于沙箱创建（因此早于 PodReadyToStartContainers）。`,
          `它为 False 期间，kubectl 显示 Init:N/M；某个 Init 容器失败时显示 Init:<原因>，例如 Init:CrashLoopBackOff 或 Init:Error；应用容器则以 PodInitializing 原因等待。用 kubectl logs <pod> -c <init-container> 查看 Init 容器的输出。`,
        ),
      },
    },
  },

  'condition-containers-ready': {
    id: 'condition-containers-ready',
    keywords: ['ContainersReady', 'ready', 'READY', 'readiness', '容器就绪', '就绪'],
    docs: [{ url: URLS.podConditions, label: 'Pod Lifecycle: Pod conditions' }],
    commands: [
      CONDITIONS_CMD,
      { kubectl: "kubectl get pod <pod> -o jsonpath='{range .status.containerStatuses[*]}{.name}{\"\\t\"}{.ready}{\"\\n\"}{end}'" },
    ],
    related: ['condition-ready', 'readiness-probe', 'startup-probe', 'pod-conditions'],
    text: {
      en: {
        title: 'ContainersReady',
        summary: 'True when every container in the Pod is ready: running, started and passing its readiness probe.',
        body: para(
          `The kubelet sets ContainersReady=True when all containers report ready: true, meaning running, started (startup probe passed, if any) and passing the readiness probe, if any. Sidecar containers count as well.`,
          `It differs from Ready only when the Pod has readinessGates: ContainersReady can be True while Ready still waits for those extra conditions. If one container fails its readiness probe, both turn False; the READY column of kubectl get pods (for example 1/2) shows how many containers are ready.`,
        ),
      },
      zh: {
        title: 'ContainersReady（容器均就绪）',
        summary: 'Pod 中每个容器都就绪（正在运行、已启动且通过就绪探针）时为 True。',
        body: para(
          `当所有容器都报告 ready: true，即正在运行、已启动（若有启动探针则已通过）且通过就绪探针（若有）时，kubelet 把 ContainersReady 设为 True。边车容器也计算在内。`,
          `只有 Pod 配置了 readinessGates 时，它才与 Ready 不同：ContainersReady 可能已经为 True，而 Ready 还在等待那些额外的状况。任一容器就绪检查失败时，两者都会变为 False；kubectl get pods 的 READY 列（例如 1/2）显示有几个容器已就绪。`,
        ),
      },
    },
  },

  'condition-ready': {
    id: 'condition-ready',
    keywords: ['Ready', 'readiness', 'readinessGates', 'endpoint', 'NotReady', 'traffic', '就绪', 'Pod 就绪', '流量', '端点'],
    docs: [
      { url: URLS.podConditions, label: 'Pod Lifecycle: Pod conditions' },
      { url: URLS.readinessGate, label: 'Pod readiness gates' },
    ],
    commands: [CONDITIONS_CMD, { kubectl: 'kubectl get endpointslices -l kubernetes.io/service-name=<service> -o wide' }],
    related: ['condition-containers-ready', 'readiness-probe', 'endpointslice', 'service', 'deployment', 'pod-conditions'],
    text: {
      en: {
        title: 'Ready',
        summary: 'True when the Pod can serve traffic: all containers ready and all readinessGates True. Only Ready Pods receive Service traffic.',
        body: para(
          `Ready is the condition everything else watches. The kubelet sets it True when ContainersReady is True and every condition listed in spec.readinessGates is True. The EndpointSlice controller copies it into each endpoint's ready field, so only Ready Pods get traffic through a Service.`,
          `Controllers use it too: a Deployment counts a Pod as available only once it has been Ready for minReadySeconds, and a rolling update waits for new Pods to become Ready. Ready can turn False at any time: a failing readiness probe, or an unreachable node (the node lifecycle controller then sets it False). A Pod that is being deleted has its endpoint marked ready: false even while the condition is still True.`,
        ),
      },
      zh: {
        title: 'Ready（就绪）',
        summary: 'Pod 能够提供服务时为 True：所有容器都就绪，且所有 readinessGates 均为 True。只有就绪的 Pod 才会收到 Service 流量。',
        body: para(
          `Ready 是其他组件都在关注的状况。当 ContainersReady 为 True，且 spec.readinessGates 中列出的每个状况都为 True 时，kubelet 把它设为 True。EndpointSlice 控制器把它复制到每个端点的 ready 字段，因此只有就绪的 Pod 才能通过 Service 收到流量。`,
          `控制器也依赖它：Deployment 只有在 Pod 持续就绪 minReadySeconds 之后才把它计为可用，滚动更新也要等新 Pod 就绪。Ready 随时可能变回 False：就绪探针失败，或节点失联（此时由节点生命周期控制器设为 False）。正在删除的 Pod，即使该状况仍为 True，它的端点也会被标记为 ready: false。`,
        ),
      },
    },
  },

  'condition-disruption-target': {
    id: 'condition-disruption-target',
    keywords: ['DisruptionTarget', 'disruption', 'preemption', 'eviction', 'drain', 'PreemptionByScheduler', 'TerminationByKubelet', '干扰', 'Pod 干扰', '中断', '驱逐', '抢占'],
    docs: [
      { url: URLS.disruptionConditions, label: 'Disruptions: Pod disruption conditions' },
      { url: URLS.podConditions, label: 'Pod Lifecycle: Pod conditions' },
    ],
    commands: [CONDITIONS_CMD],
    related: ['pod-conditions', 'taints-tolerations', 'node-condition-memory-pressure', 'job', 'pod-deletion-flow'],
    text: {
      en: {
        title: 'DisruptionTarget',
        summary: 'Added when the Pod is about to be terminated by a disruption: preemption, eviction, a NoExecute taint, Pod garbage collection or the kubelet.',
        body: para(
          `DisruptionTarget=True is a marker set just before the system, rather than the Pod's own containers, ends the Pod. Its reason names the cause: PreemptionByScheduler (a higher-priority Pod needed the room), EvictionByEvictionAPI (an API-initiated eviction such as kubectl drain), DeletionByTaintManager (a NoExecute taint the Pod does not tolerate), DeletionByPodGC (an orphaned Pod being cleaned up) or TerminationByKubelet (node-pressure eviction or graceful node shutdown).`,
          `Its main consumer is a Job's podFailurePolicy, which can ignore such failures instead of counting them against backoffLimit. When you see it, the cause lies outside the application: read its reason and message, then look at the node.`,
        ),
      },
      zh: {
        title: 'DisruptionTarget（干扰目标）',
        summary: 'Pod 即将因干扰被终止时添加：抢占、驱逐、NoExecute 污点、Pod 垃圾回收或 kubelet。',
        body: para(
          `DisruptionTarget=True 是一个标记，在系统（而不是 Pod 自己的容器）结束 Pod 之前设置。它的 reason 指明原因：PreemptionByScheduler（更高优先级的 Pod 需要资源）、EvictionByEvictionAPI（通过 API 发起的驱逐，例如 kubectl drain）、DeletionByTaintManager（Pod 不容忍的 NoExecute 污点）、DeletionByPodGC（清理孤儿 Pod）或 TerminationByKubelet（节点压力驱逐或节点体面关闭）。`,
          `它主要供 Job 的 podFailurePolicy 使用：可以忽略这类失败，而不把它们计入 backoffLimit。看到这个状况时，原因在应用之外：先读它的 reason 和 message，再检查节点。`,
        ),
      },
    },
  },
};
