/**
 * Which Pod runs where and in what order: a StatefulSet's ordinal identity
 * and pod management policy, and how DaemonSet Pods are placed on nodes
 * (k8s-facts-workloads-storage.md §3-4; daemonset_util.go
 * AddOrUpdateDaemonPodTolerations, ReplaceDaemonSetPodNodeNameNodeAffinity).
 */
import type { ConceptEntry } from '../../types';
import type { WorkloadConceptId } from '../workloads';
import { para, URLS } from './shared';

type PlacementId = Extract<WorkloadConceptId, 'ordinal-identity' | 'pod-management-policy' | 'daemonset-scheduling'>;

export const placementConcepts: Record<PlacementId, ConceptEntry> = {
  'ordinal-identity': {
    id: 'ordinal-identity',
    keywords: ['ordinal', 'pod index', 'apps.kubernetes.io/pod-index', 'statefulset.kubernetes.io/pod-name', 'stable network ID', 'stable storage', 'ordinals.start', 'db-0', 'per-Pod DNS', '序号', '序号索引', '稳定的网络标识', '稳定的存储', '有状态'],
    docs: [
      { url: URLS.statefulSetIdentity, label: 'StatefulSets: Pod Identity' },
      { url: URLS.statefulSetTutorial, label: 'StatefulSet Basics' },
    ],
    commands: [
      { kubectl: 'kubectl get pods -l app=db -L apps.kubernetes.io/pod-index' },
      { kubectl: 'kubectl get pvc', note: { en: 'One claim per Pod and template, named <template>-<statefulset>-<ordinal>.', zh: '每个 Pod、每个模板一个申领，命名为 <模板名>-<statefulset 名>-<序号>。' } },
      { kubectl: 'kubectl exec db-1 -- hostname', note: { en: 'Prints db-1: the hostname is the Pod name.', zh: '输出 db-1：主机名就是 Pod 名。' } },
    ],
    related: ['statefulset', 'pod-management-policy', 'service-headless', 'pvc', 'coredns', 'self-healing'],
    text: {
      en: {
        title: 'Ordinal identity',
        summary: 'Each StatefulSet Pod has an index that fixes its name, hostname, DNS name and volumes, and a replacement gets them all back.',
        body: para(
          'Every Pod of a StatefulSet has an ordinal, an integer from 0 (or from spec.ordinals.start) to replicas − 1. Its name is <statefulset>-<ordinal>, for example db-0; its hostname is the same, and it carries the labels statefulset.kubernetes.io/pod-name and apps.kubernetes.io/pod-index.',
          'The identity belongs to the ordinal, not to one Pod object. When db-1 is deleted or its node fails, the controller creates a new db-1 with the same name, the same DNS name db-1.<service>.<namespace>.svc.cluster.local (through the headless Service in spec.serviceName) and the same PersistentVolumeClaims, named <template>-<statefulset>-<ordinal> such as data-db-1.',
          'Clustered software relies on this: members find each other by name, and each keeps its own data. Scaling down removes the highest ordinals first; their claims stay by default, so a later scale-up attaches the same data again.',
        ),
        misconception: {
          belief: 'A StatefulSet Pod keeps its IP address, so its peers can be configured by IP.',
          correction:
            'The name, DNS name and storage are stable; the IP address is not. A re-created db-0 usually gets a new IP, and its DNS record follows, so peers must address each other by DNS name.',
        },
      },
      zh: {
        title: '序号标识（Ordinal Identity）',
        summary: 'StatefulSet 的每个 Pod 都有一个序号，决定它的名称、主机名、DNS 名称和卷；替代的 Pod 会拿回这一切。',
        body: para(
          'StatefulSet 的每个 Pod 都有一个序号：从 0（或从 spec.ordinals.start）到 replicas − 1 的整数。它的名称是 <statefulset 名>-<序号>，例如 db-0；主机名与之相同，并带有标签 statefulset.kubernetes.io/pod-name 和 apps.kubernetes.io/pod-index。',
          '身份属于序号，而不属于某个具体的 Pod 对象。当 db-1 被删除或其节点故障时，控制器会创建一个新的 db-1：名称相同，DNS 名称 db-1.<服务名>.<命名空间>.svc.cluster.local 相同（通过 spec.serviceName 指定的无头 Service），PersistentVolumeClaim 也相同，名为 <模板名>-<statefulset 名>-<序号>，例如 data-db-1。',
          '集群化软件依赖这一点：成员之间按名称互相发现，各自保留自己的数据。缩容时先删除序号最大的 Pod；它们的申领默认保留，之后再扩容时会重新挂上同样的数据。',
        ),
        misconception: {
          belief: 'StatefulSet 的 Pod 会保持 IP 地址不变，所以可以按 IP 配置对等节点。',
          correction: '稳定的是名称、DNS 名称和存储，而不是 IP 地址。重建后的 db-0 通常会得到新的 IP，它的 DNS 记录随之更新，所以对等节点之间必须使用 DNS 名称互相访问。',
        },
      },
    },
  },

  'pod-management-policy': {
    id: 'pod-management-policy',
    keywords: ['podManagementPolicy', 'OrderedReady', 'Parallel', 'ordered start', 'updateStrategy', 'partition', 'OnDelete', 'canary', 'Pod 管理策略', '有序', '并行', '顺序启动', '分区更新'],
    docs: [
      { url: URLS.statefulSetPodManagement, label: 'StatefulSets: Pod Management Policies' },
      { url: URLS.statefulSetUpdates, label: 'StatefulSets: Update strategies' },
    ],
    commands: [
      { kubectl: "kubectl get statefulset db -o jsonpath='{.spec.podManagementPolicy}'" },
      { kubectl: 'kubectl patch statefulset db -p \'{"spec":{"updateStrategy":{"rollingUpdate":{"partition":2}}}}\'', note: { en: 'Only ordinals 2 and above take the next template change: a canary.', zh: '只有序号大于等于 2 的 Pod 会采用下一次的模板修改，相当于金丝雀发布。' } },
      { kubectl: 'kubectl rollout status statefulset/db' },
    ],
    related: ['statefulset', 'ordinal-identity', 'readiness-probe', 'rolling-update', 'revision-history'],
    text: {
      en: {
        title: 'Pod management policy (OrderedReady, Parallel)',
        summary: 'Whether a StatefulSet creates and removes its Pods one at a time in ordinal order, or all at once.',
        body: para(
          'With OrderedReady, the default, a StatefulSet works one Pod at a time: db-1 is created only once db-0 is Running and Ready, db-2 only once db-1 is, and scaling down removes the highest ordinal first, waiting for it to shut down completely. So one Pod that never becomes Ready holds up every Pod above it.',
          'Parallel creates and deletes all Pods at once, without waiting; use it when the members do not need to start in order. The policy governs scaling only, not updates.',
          'Updates follow spec.updateStrategy. RollingUpdate, the default, replaces Pods from the highest ordinal down, one at a time, each once the Pod before it is Running and Ready again; partition N restricts it to ordinals N and above, to try a change on a few Pods first. OnDelete changes nothing until you delete a Pod yourself. rollingUpdate.maxUnavailable exists, but its feature gate (MaxUnavailableStatefulSet) is beta and off by default in Kubernetes 1.36.',
        ),
        misconception: {
          belief: 'A StatefulSet starts all its replicas at once, like a Deployment.',
          correction:
            'With the default OrderedReady policy it starts them one by one in ordinal order, each waiting for the previous Pod to be Running and Ready; if db-0 never becomes Ready, db-1 and db-2 are never created. Only podManagementPolicy: Parallel starts them together.',
        },
      },
      zh: {
        title: 'Pod 管理策略（OrderedReady 与 Parallel）',
        summary: 'StatefulSet 是按序号逐个创建和删除 Pod，还是一次全部创建和删除。',
        body: para(
          '默认策略 OrderedReady 下，StatefulSet 一次只处理一个 Pod：db-0 处于 Running 且就绪后才创建 db-1，db-1 就绪后才创建 db-2；缩容时先删除序号最大的 Pod，并等它完全关闭。因此，只要有一个 Pod 始终无法就绪，序号比它大的 Pod 都会被卡住。',
          'Parallel 则同时创建和删除所有 Pod，不做等待；适用于成员不需要按顺序启动的场景。该策略只影响扩缩容，不影响更新。',
          '更新遵循 spec.updateStrategy。默认的 RollingUpdate 从最大序号开始逐个替换 Pod，每次等前一个被替换的 Pod 重新处于 Running 且就绪；partition 设为 N 时只更新序号大于等于 N 的 Pod，便于先在少数 Pod 上试验修改。OnDelete 则在你亲自删除 Pod 之前什么也不改。rollingUpdate.maxUnavailable 字段虽然存在，但它的特性门控（MaxUnavailableStatefulSet）在 Kubernetes 1.36 中是 Beta 且默认关闭。',
        ),
        misconception: {
          belief: 'StatefulSet 会像 Deployment 一样同时启动所有副本。',
          correction: '在默认的 OrderedReady 策略下，它按序号逐个启动，每个都要等前一个 Pod 处于 Running 且就绪；如果 db-0 一直不就绪，db-1 和 db-2 就永远不会被创建。只有 podManagementPolicy: Parallel 才会同时启动它们。',
        },
      },
    },
  },

  'daemonset-scheduling': {
    id: 'daemonset-scheduling',
    keywords: ['DaemonSet scheduling', 'node affinity', 'matchFields', 'metadata.name', 'tolerations', 'nodeSelector', 'control-plane taint', 'DESIRED', 'eligible nodes', '守护进程集调度', '污点', '容忍度', '节点亲和性', '节点选择器'],
    docs: [
      { url: URLS.daemonSetScheduling, label: 'DaemonSet: How Daemon Pods are scheduled' },
      { url: URLS.taints, label: 'Taints and Tolerations' },
    ],
    commands: [
      { kubectl: 'kubectl get ds <name>', note: { en: 'DESIRED is the number of nodes that should run a Pod.', zh: 'DESIRED 是应当运行该 Pod 的节点数。' } },
      { kubectl: 'kubectl describe node <node>', note: { en: 'The Taints line says what a Pod must tolerate to run there.', zh: 'Taints 一行说明 Pod 要在该节点运行必须容忍什么。' } },
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.affinity.nodeAffinity}'", note: { en: 'The matchFields term on metadata.name that pins the Pod to its node.', zh: '把 Pod 固定到其节点的 metadata.name matchFields 条件。' } },
    ],
    related: ['daemonset', 'taints-tolerations', 'taint-control-plane', 'kube-scheduler', 'node', 'taint-not-ready', 'taint-unschedulable'],
    text: {
      en: {
        title: 'How DaemonSet Pods are placed',
        summary: 'The DaemonSet controller picks the nodes and pins one Pod to each; the default scheduler binds it; taints decide which nodes are left out.',
        body: para(
          'A node should run the DaemonSet\'s Pod if it matches the template\'s nodeSelector and required node affinity and the Pod tolerates the node\'s NoSchedule and NoExecute taints. For each such node the controller creates a Pod whose required node affinity is matchFields metadata.name equal to that node; the default scheduler then binds it there, checking resources as for any Pod.',
          'The controller adds tolerations of its own so that daemons stay on troubled nodes: node.kubernetes.io/not-ready and unreachable (NoExecute, with no time limit), disk-pressure, memory-pressure, pid-pressure and unschedulable (NoSchedule), and network-unavailable for Pods on the host network. That is why cordoned and drained nodes keep their DaemonSet Pods.',
          'It adds no toleration for node-role.kubernetes.io/control-plane. A DaemonSet without one skips control-plane nodes, and DESIRED counts only the others; add the toleration if the agent must run there too. If a node that should run a Pod does not, look at that Pod\'s FailedScheduling event, for example a node with no room left.',
        ),
        misconception: {
          belief: 'DaemonSet Pods do not go through the scheduler and ignore taints.',
          correction:
            'Since Kubernetes 1.12 (GA in 1.17) the default scheduler binds DaemonSet Pods, and they honour taints like any Pod. They only get extra tolerations for not-ready, unreachable, pressure and unschedulable nodes, not one for the control-plane taint.',
        },
      },
      zh: {
        title: 'DaemonSet 的 Pod 如何被放置',
        summary: 'DaemonSet 控制器挑选节点并为每个节点固定一个 Pod，由默认调度器完成绑定；污点决定哪些节点被排除。',
        body: para(
          '如果节点匹配模板中的 nodeSelector 和必需的节点亲和性，并且 Pod 容忍该节点的 NoSchedule 和 NoExecute 污点，这个节点就应当运行 DaemonSet 的 Pod。控制器为每个这样的节点创建一个 Pod，其必需的节点亲和性为 matchFields metadata.name 等于该节点；随后由默认调度器把它绑定到那里，并像对待其他 Pod 一样检查资源。',
          '控制器会自动添加一些容忍度，让守护进程留在出问题的节点上：node.kubernetes.io/not-ready 和 unreachable（NoExecute，不限时间），disk-pressure、memory-pressure、pid-pressure 和 unschedulable（NoSchedule），以及对使用主机网络的 Pod 添加 network-unavailable。这就是被 cordon 或 drain 的节点上仍保留 DaemonSet Pod 的原因。',
          '控制器不会为 node-role.kubernetes.io/control-plane 添加容忍度。没有该容忍度的 DaemonSet 会跳过控制平面节点，DESIRED 只统计其余节点；如果代理也必须在那里运行，请加上这个容忍度。如果某个本应运行 Pod 的节点上没有 Pod，请查看该 Pod 的 FailedScheduling 事件，例如节点已没有剩余资源。',
        ),
        misconception: {
          belief: 'DaemonSet 的 Pod 不经过调度器，也不理会污点。',
          correction: '自 Kubernetes 1.12 起（1.17 GA），DaemonSet 的 Pod 由默认调度器绑定，并像其他 Pod 一样遵守污点。它们只是额外获得了针对 not-ready、unreachable、资源压力和 unschedulable 的容忍度，并没有针对控制平面污点的容忍度。',
        },
      },
    },
  },
};
