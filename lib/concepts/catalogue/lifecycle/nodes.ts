import type { ConceptId } from '../../ids';
import type { ConceptEntry } from '../../types';
import { para, URLS } from './shared';

/** Node conditions, automatic taints and allocatable resources (k8s-facts.md §5). */
export type NodeConceptId = Extract<
  ConceptId,
  | 'node-conditions'
  | 'node-condition-ready'
  | 'node-condition-memory-pressure'
  | 'node-condition-disk-pressure'
  | 'node-condition-pid-pressure'
  | 'node-condition-network-unavailable'
  | 'taints-tolerations'
  | 'taint-not-ready'
  | 'taint-unreachable'
  | 'taint-memory-pressure'
  | 'taint-disk-pressure'
  | 'taint-pid-pressure'
  | 'taint-network-unavailable'
  | 'taint-unschedulable'
  | 'taint-control-plane'
  | 'node-allocatable'
>;

const NODE_CONDITIONS_CMD = {
  kubectl: "kubectl get node <node> -o jsonpath='{range .status.conditions[*]}{.type}{\"=\"}{.status}{\" \"}{.reason}{\"\\n\"}{end}'",
};
const DESCRIBE_NODE = { kubectl: 'kubectl describe node <node>' };
const TAINTS_CMD = { kubectl: "kubectl get node <node> -o jsonpath='{.spec.taints}'" };
const TOLERATIONS_CMD = { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.tolerations}'" };

export const nodeConcepts: Record<NodeConceptId, ConceptEntry> = {
  'node-conditions': {
    id: 'node-conditions',
    keywords: ['node conditions', 'Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable', 'heartbeat', '节点状况', '节点状态', '节点健康', '心跳'],
    docs: [
      { url: URLS.nodeStatusConditions, label: 'Node Status: Conditions' },
      { url: URLS.nodeHeartbeats, label: 'Node Status: Heartbeats' },
    ],
    commands: [NODE_CONDITIONS_CMD, { kubectl: 'kubectl get nodes', docker: 'docker info' }],
    related: ['node', 'kubelet', 'node-condition-ready', 'node-condition-memory-pressure', 'node-condition-disk-pressure', 'taints-tolerations', 'lease'],
    text: {
      en: {
        title: 'Node conditions',
        summary: 'status.conditions on a Node: Ready, plus MemoryPressure, DiskPressure, PIDPressure and NetworkUnavailable.',
        body: para(
          `The kubelet reports a node's health as conditions. Ready is the important one. MemoryPressure, DiskPressure and PIDPressure turn True when the kubelet's eviction thresholds are crossed. NetworkUnavailable is set when the node's network is not configured yet. A healthy node has Ready=True and the other four False.`,
          `The kubelet proves it is alive with a Lease in the kube-node-lease namespace, renewed about every 10 seconds, and with status updates. If the heartbeats stop for node-monitor-grace-period (50 s since 1.32), the node lifecycle controller in kube-controller-manager sets Ready and the pressure conditions to Unknown.`,
          `The control plane turns conditions into taints (node.kubernetes.io/not-ready, memory-pressure, …), and the scheduler looks at those taints, not at the conditions. kubectl get nodes shows NotReady for any Ready that is not True and adds SchedulingDisabled for a cordoned node; that comes from spec.unschedulable, not from a condition.`,
        ),
      },
      zh: {
        title: '节点状况（Node conditions）',
        summary: 'Node 的 status.conditions：Ready，以及 MemoryPressure、DiskPressure、PIDPressure 和 NetworkUnavailable。',
        body: para(
          `kubelet 以状况的形式报告节点健康。最重要的是 Ready。kubelet 的驱逐阈值被突破时，MemoryPressure、DiskPressure、PIDPressure 变为 True。节点网络尚未配置好时设置 NetworkUnavailable。健康的节点 Ready=True，其余四个为 False。`,
          `kubelet 通过 kube-node-lease 命名空间中的 Lease（大约每 10 秒续约一次）以及状态更新来证明自己还活着。如果心跳中断超过 node-monitor-grace-period（1.32 起为 50 秒），kube-controller-manager 中的节点生命周期控制器会把 Ready 和各压力状况设为 Unknown。`,
          `控制平面会把状况转换成污点（node.kubernetes.io/not-ready、memory-pressure 等），调度器看的是这些污点，而不是状况本身。kubectl get nodes 对 Ready 不为 True 的节点显示 NotReady；被封锁（cordon）的节点额外显示 SchedulingDisabled，这来自 spec.unschedulable，而不是某个状况。`,
        ),
      },
    },
  },

  'node-condition-ready': {
    id: 'node-condition-ready',
    keywords: ['Ready', 'NotReady', 'Unknown', 'NodeNotReady', 'KubeletReady', 'node-monitor-grace-period', 'heartbeat', '节点就绪', '节点未就绪', '节点失联', '心跳'],
    docs: [
      { url: URLS.nodeStatusConditions, label: 'Node Status: Conditions' },
      { url: URLS.nodeHeartbeats, label: 'Node Status: Heartbeats' },
      { url: URLS.taintBasedEvictions, label: 'Taint based evictions' },
    ],
    commands: [NODE_CONDITIONS_CMD, { kubectl: 'kubectl get lease <node> -n kube-node-lease -o yaml', note: { en: 'spec.renewTime is the last heartbeat.', zh: 'spec.renewTime 是最近一次心跳时间。' } }],
    related: ['node-conditions', 'kubelet', 'lease', 'taint-not-ready', 'taint-unreachable', 'kube-controller-manager'],
    text: {
      en: {
        title: 'Node Ready',
        summary: 'True when the kubelet is healthy and can run Pods; False when it reports a problem; Unknown when it has stopped reporting.',
        body: para(
          `Ready=True (reason KubeletReady) means the kubelet is posting status and its runtime and network are working. Ready=False means the kubelet itself reports a problem, for example the container runtime or the network plugin is not ready; the message says which. Ready=Unknown means the control plane has not heard from the kubelet for node-monitor-grace-period (50 s since 1.32, 40 s before): the machine may be down or cut off, or the kubelet stopped.`,
          `False adds the taint node.kubernetes.io/not-ready and Unknown adds node.kubernetes.io/unreachable, each with NoSchedule (no new Pods) and NoExecute. Pods tolerate the NoExecute taint for 300 seconds by default, then are evicted. Pods on an unreachable node also get Ready=False, so Services stop using them. DaemonSet Pods tolerate both taints indefinitely.`,
          `Check it with kubectl describe node (Conditions, NodeNotReady events) and the node's Lease in kube-node-lease; on the machine itself, the kubelet and runtime logs (journalctl -u kubelet).`,
        ),
      },
      zh: {
        title: '节点 Ready（就绪）',
        summary: 'kubelet 健康、可运行 Pod 时为 True；kubelet 报告问题时为 False；kubelet 停止报告时为 Unknown。',
        body: para(
          `Ready=True（原因 KubeletReady）表示 kubelet 正在上报状态，容器运行时和网络都正常。Ready=False 表示 kubelet 自己报告了问题，例如容器运行时或网络插件未就绪，消息里会写明。Ready=Unknown 表示控制平面在 node-monitor-grace-period（1.32 起为 50 秒，此前为 40 秒）内没有收到 kubelet 的消息：机器可能宕机或网络隔离，也可能是 kubelet 停止了。`,
          `False 会添加 node.kubernetes.io/not-ready 污点，Unknown 会添加 node.kubernetes.io/unreachable 污点，两者都同时带有 NoSchedule（不再调度新 Pod）和 NoExecute 效果。Pod 默认容忍 NoExecute 污点 300 秒，之后被驱逐。失联节点上的 Pod 还会被设为 Ready=False，Service 不再使用它们。DaemonSet 的 Pod 无限期容忍这两个污点。`,
          `排查时查看 kubectl describe node（其中的 Conditions 状况和 NodeNotReady 事件）以及 kube-node-lease 中该节点的 Lease；在机器上则查看 kubelet 和运行时的日志（journalctl -u kubelet）。`,
        ),
      },
    },
  },

  'node-condition-memory-pressure': {
    id: 'node-condition-memory-pressure',
    keywords: ['MemoryPressure', 'memory.available', 'eviction', 'Evicted', 'node memory', '内存压力', '节点内存不足', '驱逐'],
    docs: [
      { url: URLS.nodePressureEviction, label: 'Node-pressure Eviction' },
      { url: URLS.nodeStatusConditions, label: 'Node Status: Conditions' },
    ],
    commands: [NODE_CONDITIONS_CMD, { kubectl: 'kubectl top pods -A --sort-by=memory', docker: 'docker stats' }],
    related: ['node-conditions', 'taint-memory-pressure', 'qos-class', 'resources', 'reason-oom-killed'],
    text: {
      en: {
        title: 'MemoryPressure',
        summary: "True when the node's available memory is below the kubelet's eviction threshold.",
        body: para(
          `The kubelet compares memory.available (capacity minus the working set) with its eviction thresholds; on Linux the default hard threshold is 100Mi. When it is crossed, MemoryPressure becomes True and the node gets the taint node.kubernetes.io/memory-pressure:NoSchedule, which keeps new BestEffort Pods away.`,
          `The kubelet then evicts Pods to reclaim memory. It ranks them by whether their usage exceeds their requests, then by Priority, then by how far usage exceeds requests; the QoS class is not part of the ranking (a BestEffort Pod requests nothing, so any usage counts as above its request). Evicted Pods end in phase Failed with reason Evicted. kubectl top node and kubectl top pods -A --sort-by=memory show where the memory goes.`,
        ),
      },
      zh: {
        title: 'MemoryPressure（内存压力）',
        summary: '节点可用内存低于 kubelet 驱逐阈值时为 True。',
        body: para(
          `kubelet 把 memory.available（容量减去工作集）与驱逐阈值比较；Linux 上默认的硬阈值是 100Mi。一旦突破，MemoryPressure 变为 True，节点被加上 node.kubernetes.io/memory-pressure:NoSchedule 污点，新的 BestEffort Pod 不再调度到这里。`,
          `随后 kubelet 驱逐 Pod 以回收内存。它先看用量是否超过请求，再看优先级（Priority），最后看用量超出请求的多少来排序；QoS 类别不参与排序（BestEffort Pod 没有任何请求，所以它的任何用量都算超出请求）。被驱逐的 Pod 阶段为 Failed，原因为 Evicted。用 kubectl top node 和 kubectl top pods -A --sort-by=memory 查看内存都用在了哪里。`,
        ),
      },
    },
  },

  'node-condition-disk-pressure': {
    id: 'node-condition-disk-pressure',
    keywords: ['DiskPressure', 'nodefs', 'imagefs', 'ephemeral-storage', 'inodes', 'Evicted', '磁盘压力', '磁盘空间不足', '驱逐'],
    docs: [
      { url: URLS.nodePressureEviction, label: 'Node-pressure Eviction' },
      { url: URLS.nodeStatusConditions, label: 'Node Status: Conditions' },
    ],
    commands: [NODE_CONDITIONS_CMD, DESCRIBE_NODE, { docker: 'docker system df', note: { en: 'The Docker view of image and container disk use.', zh: 'Docker 中查看镜像和容器磁盘占用的方式。' } }],
    related: ['node-conditions', 'taint-disk-pressure', 'emptydir', 'image', 'resources'],
    text: {
      en: {
        title: 'DiskPressure',
        summary: "True when free space or inodes on the node's root or image filesystem fall below the eviction thresholds.",
        body: para(
          `The kubelet watches nodefs (its root directory, container logs, emptyDir volumes) and imagefs (images and containers' writable layers). Default hard thresholds on Linux include nodefs.available < 10%, imagefs.available < 15% and nodefs.inodesFree < 5%. When one is crossed, DiskPressure turns True and the node is tainted node.kubernetes.io/disk-pressure:NoSchedule.`,
          `The kubelet first frees space by removing unused images and dead containers, then evicts Pods according to their disk use. Large container logs and emptyDir scratch data are common culprits; ephemeral-storage requests and limits keep them in check.`,
        ),
      },
      zh: {
        title: 'DiskPressure（磁盘压力）',
        summary: '节点根文件系统或镜像文件系统的可用空间或 inode 低于驱逐阈值时为 True。',
        body: para(
          `kubelet 监控 nodefs（kubelet 根目录、容器日志、emptyDir 卷）和 imagefs（镜像及容器的可写层）。Linux 上默认的硬阈值包括 nodefs.available < 10%、imagefs.available < 15% 和 nodefs.inodesFree < 5%。任一阈值被突破，DiskPressure 就变为 True，节点被加上 node.kubernetes.io/disk-pressure:NoSchedule 污点。`,
          `kubelet 先删除不用的镜像和已退出的容器来释放空间，然后按磁盘用量驱逐 Pod。过大的容器日志和 emptyDir 中的临时数据是常见元凶；为 ephemeral-storage 设置请求和限制可以控制它们。`,
        ),
      },
    },
  },

  'node-condition-pid-pressure': {
    id: 'node-condition-pid-pressure',
    keywords: ['PIDPressure', 'pid.available', 'pid_max', 'podPidsLimit', 'fork bomb', '进程数压力', 'PID 耗尽', '进程过多'],
    docs: [
      { url: URLS.nodePressureEviction, label: 'Node-pressure Eviction' },
      { url: URLS.nodeStatusConditions, label: 'Node Status: Conditions' },
    ],
    commands: [NODE_CONDITIONS_CMD, { kubectl: 'kubectl describe node <node>', docker: 'docker run --pids-limit=100 <image>' }],
    related: ['node-conditions', 'taint-pid-pressure', 'cgroups', 'kubelet'],
    text: {
      en: {
        title: 'PIDPressure',
        summary: 'True when the node is running low on process IDs.',
        body: para(
          `Every process and thread uses a process ID, and the kernel has a ceiling (kernel.pid_max). The kubelet tracks how many remain as pid.available; when that falls below its eviction threshold, PIDPressure turns True and the node is tainted node.kubernetes.io/pid-pressure:NoSchedule.`,
          `A fork bomb or an application leaking threads can exhaust the IDs for the whole node. The kubelet evicts Pods to recover; a per-Pod limit (the kubelet's podPidsLimit, like docker run --pids-limit) stops a single Pod from taking them all.`,
        ),
      },
      zh: {
        title: 'PIDPressure（进程数压力）',
        summary: '节点可用的进程 ID 即将耗尽时为 True。',
        body: para(
          `每个进程和线程都占用一个进程 ID，内核有上限（kernel.pid_max）。kubelet 以 pid.available 跟踪剩余数量；低于驱逐阈值时，PIDPressure 变为 True，节点被加上 node.kubernetes.io/pid-pressure:NoSchedule 污点。`,
          `fork 炸弹或线程泄漏的应用可能耗尽整个节点的进程 ID。kubelet 会驱逐 Pod 来恢复；按 Pod 设置的上限（kubelet 的 podPidsLimit，类似 docker run --pids-limit）可以防止单个 Pod 占光所有 ID。`,
        ),
      },
    },
  },

  'node-condition-network-unavailable': {
    id: 'node-condition-network-unavailable',
    keywords: ['NetworkUnavailable', 'CNI', 'routes', 'network plugin', '网络不可用', '节点网络', '网络插件'],
    docs: [
      { url: URLS.nodeStatusConditions, label: 'Node Status: Conditions' },
      { url: URLS.taintByCondition, label: 'Taint nodes by condition' },
    ],
    commands: [NODE_CONDITIONS_CMD, { kubectl: 'kubectl get pods -n kube-system -o wide --field-selector spec.nodeName=<node>' }],
    related: ['node-conditions', 'taint-network-unavailable', 'condition-pod-ready-to-start-containers', 'node'],
    text: {
      en: {
        title: 'NetworkUnavailable',
        summary: "True when the node's network is not configured yet; set by the cloud provider or network plugin, not by the kubelet's health check.",
        body: para(
          `NetworkUnavailable=True means Pods on this node cannot be networked correctly yet, typically because the routes for the node's Pod CIDR have not been created. The kubelet sets it at registration when the cloud provider needs routes, and the cloud controller manager's route controller, or a network plugin such as Calico, clears it once the network is in place. Many clusters never set it at all.`,
          `While it is True, the node is tainted node.kubernetes.io/network-unavailable:NoSchedule. If it stays True, check the network plugin's Pods on that node and their logs.`,
        ),
      },
      zh: {
        title: 'NetworkUnavailable（网络不可用）',
        summary: '节点网络尚未配置好时为 True；由云服务商或网络插件设置，而不是 kubelet 的健康检查。',
        body: para(
          `NetworkUnavailable=True 表示这个节点上的 Pod 还无法正常联网，通常是因为节点 Pod CIDR 的路由还没有创建。云服务商需要配置路由时，kubelet 在注册节点时设置它；云控制器管理器的路由控制器，或 Calico 等网络插件，在网络就绪后将其清除。很多集群从来不会设置这个状况。`,
          `它为 True 期间，节点带有 node.kubernetes.io/network-unavailable:NoSchedule 污点。如果一直为 True，请检查该节点上网络插件的 Pod 及其日志。`,
        ),
      },
    },
  },

  'taints-tolerations': {
    id: 'taints-tolerations',
    keywords: ['taint', 'toleration', 'NoSchedule', 'PreferNoSchedule', 'NoExecute', 'tolerationSeconds', 'untolerated taint', '污点', '容忍', '容忍度', '调度'],
    docs: [
      { url: URLS.taints, label: 'Taints and Tolerations' },
      { url: URLS.taintBasedEvictions, label: 'Taint based evictions' },
    ],
    commands: [TAINTS_CMD, TOLERATIONS_CMD, { kubectl: 'kubectl taint nodes <node> key=value:NoSchedule' }],
    related: ['node-conditions', 'kube-scheduler', 'condition-pod-scheduled', 'taint-not-ready', 'taint-unreachable', 'taint-control-plane', 'taint-unschedulable'],
    text: {
      en: {
        title: 'Taints and tolerations',
        summary: 'A taint on a node repels Pods; a toleration on a Pod lets it ignore a matching taint. Effects: NoSchedule, PreferNoSchedule, NoExecute.',
        body: para(
          `A taint is key=value:effect in a node's spec.taints. NoSchedule keeps new Pods off unless they tolerate it; PreferNoSchedule is a soft version the scheduler avoids when it can; NoExecute also evicts running Pods that do not tolerate it. A toleration in the Pod's spec.tolerations matches by key, operator (Equal or Exists) and effect, and for NoExecute may set tolerationSeconds: how long the Pod may stay after the taint appears.`,
          `A toleration only permits; it does not attract. To place Pods on particular nodes, combine taints with node affinity or a nodeSelector.`,
          `Kubernetes adds taints itself for node problems (not-ready, unreachable, memory-, disk- and pid-pressure, network-unavailable) and for cordoned nodes (unschedulable). Admission gives every Pod a 300-second toleration for not-ready and unreachable NoExecute unless it sets its own. A FailedScheduling message such as "node(s) had untolerated taint" points here.`,
        ),
      },
      zh: {
        title: '污点与容忍度（Taints / Tolerations）',
        summary: '节点上的污点排斥 Pod；Pod 上的容忍度让它可以无视匹配的污点。效果有 NoSchedule、PreferNoSchedule、NoExecute。',
        body: para(
          `污点写在节点的 spec.taints 中，格式为 key=value:effect。NoSchedule：不容忍它的新 Pod 不会被调度上来；PreferNoSchedule：软性版本，调度器尽量避开；NoExecute：还会驱逐已在运行、但不容忍它的 Pod。Pod 的 spec.tolerations 中的容忍度按 key、operator（Equal 或 Exists）和 effect 匹配；对 NoExecute 还可以设置 tolerationSeconds，即污点出现后 Pod 还能停留多久。`,
          `容忍度只是“允许”，而不是“吸引”。要把 Pod 放到特定节点上，需要把污点与节点亲和性或 nodeSelector 结合使用。`,
          `Kubernetes 会针对节点问题（not-ready、unreachable、memory-/disk-/pid-pressure、network-unavailable）和被封锁的节点（unschedulable）自动添加污点。准入控制会给每个 Pod 加上对 not-ready 和 unreachable NoExecute 污点 300 秒的容忍，除非 Pod 自己设置了。FailedScheduling 消息中出现 “node(s) had untolerated taint” 时，问题就在这里。`,
        ),
      },
    },
  },

  'taint-not-ready': {
    id: 'taint-not-ready',
    keywords: ['node.kubernetes.io/not-ready', 'not-ready', 'NotReady', 'NoExecute', 'tolerationSeconds', '节点未就绪', '污点'],
    docs: [
      { url: URLS.taintBasedEvictions, label: 'Taint based evictions' },
      { url: URLS.wellKnownLabels, label: 'Well-Known Labels, Annotations and Taints' },
    ],
    commands: [TAINTS_CMD, TOLERATIONS_CMD],
    related: ['taints-tolerations', 'node-condition-ready', 'taint-unreachable', 'kube-controller-manager'],
    text: {
      en: {
        title: 'Taint node.kubernetes.io/not-ready',
        summary: "Added automatically while the node's Ready condition is False.",
        body: para(
          `The node lifecycle controller adds node.kubernetes.io/not-ready with effect NoSchedule (no new Pods) and NoExecute (evict running Pods) while Ready is False, that is, while the kubelet is reporting but says it cannot run Pods, for example because the runtime or network plugin is down. It removes the taint when Ready turns True again.`,
          `Every Pod gets a default toleration for not-ready:NoExecute with tolerationSeconds 300 (from the DefaultTolerationSeconds admission plugin) unless it sets its own, so Pods stay five minutes before eviction. DaemonSet Pods tolerate it without a time limit.`,
        ),
      },
      zh: {
        title: '污点 node.kubernetes.io/not-ready',
        summary: '节点 Ready 状况为 False 期间自动添加。',
        body: para(
          `当 Ready 为 False，即 kubelet 仍在报告、但声称无法运行 Pod（例如运行时或网络插件故障）时，节点生命周期控制器会添加 node.kubernetes.io/not-ready 污点，效果为 NoSchedule（不再调度新 Pod）和 NoExecute（驱逐运行中的 Pod）。Ready 恢复为 True 后，污点被移除。`,
          `除非 Pod 自己设置了，每个 Pod 都会得到一个对 not-ready:NoExecute 的默认容忍，tolerationSeconds 为 300（由 DefaultTolerationSeconds 准入插件添加），所以 Pod 会停留五分钟才被驱逐。DaemonSet 的 Pod 无时间限制地容忍它。`,
        ),
      },
    },
  },

  'taint-unreachable': {
    id: 'taint-unreachable',
    keywords: ['node.kubernetes.io/unreachable', 'unreachable', 'Unknown', 'NoExecute', 'node lost', '节点不可达', '节点失联', '污点'],
    docs: [
      { url: URLS.taintBasedEvictions, label: 'Taint based evictions' },
      { url: URLS.wellKnownLabels, label: 'Well-Known Labels, Annotations and Taints' },
    ],
    commands: [TAINTS_CMD, TOLERATIONS_CMD],
    related: ['taints-tolerations', 'node-condition-ready', 'taint-not-ready', 'phase-unknown', 'pod-deletion-flow'],
    text: {
      en: {
        title: 'Taint node.kubernetes.io/unreachable',
        summary: "Added automatically when the node's Ready condition becomes Unknown because heartbeats stopped.",
        body: para(
          `When the kubelet's heartbeats stop for node-monitor-grace-period (50 s since 1.32), the node lifecycle controller sets Ready to Unknown and adds node.kubernetes.io/unreachable with NoSchedule and NoExecute. Pods tolerate it for 300 seconds by default; after that they are evicted and their controllers create replacements elsewhere.`,
          `The control plane cannot tell a kubelet it cannot reach, so the evicted Pods stay Terminating in the API and their containers may keep running on the isolated machine until it reconnects. StatefulSet Pods are not replaced until the old Pod is really gone. The taint is removed when heartbeats resume.`,
        ),
      },
      zh: {
        title: '污点 node.kubernetes.io/unreachable',
        summary: '心跳中断、节点 Ready 状况变为 Unknown 时自动添加。',
        body: para(
          `kubelet 的心跳中断超过 node-monitor-grace-period（1.32 起为 50 秒）后，节点生命周期控制器把 Ready 设为 Unknown，并添加 node.kubernetes.io/unreachable 污点，效果为 NoSchedule 和 NoExecute。Pod 默认容忍 300 秒；之后被驱逐，由各自的控制器在别处创建替代 Pod。`,
          `控制平面无法通知一个联系不上的 kubelet，所以被驱逐的 Pod 在 API 中一直处于 Terminating，其容器可能仍在那台隔离的机器上运行，直到它重新连上。StatefulSet 的 Pod 要等旧 Pod 真正消失后才会被替换。心跳恢复后污点被移除。`,
        ),
      },
    },
  },

  'taint-memory-pressure': {
    id: 'taint-memory-pressure',
    keywords: ['node.kubernetes.io/memory-pressure', 'memory-pressure', 'MemoryPressure', 'BestEffort', '内存压力', '污点'],
    docs: [
      { url: URLS.taintByCondition, label: 'Taint nodes by condition' },
      { url: URLS.wellKnownLabels, label: 'Well-Known Labels, Annotations and Taints' },
    ],
    commands: [TAINTS_CMD],
    related: ['node-condition-memory-pressure', 'qos-class', 'taints-tolerations'],
    text: {
      en: {
        title: 'Taint node.kubernetes.io/memory-pressure',
        summary: 'NoSchedule taint added while the node reports MemoryPressure; in practice it keeps new BestEffort Pods away.',
        body: para(
          `While MemoryPressure is True, the control plane adds node.kubernetes.io/memory-pressure:NoSchedule. Pods whose QoS class is Guaranteed or Burstable are given a matching toleration automatically, and DaemonSet Pods tolerate it too, so in practice it keeps new BestEffort Pods off the node.`,
          `It is NoSchedule only: running Pods are not evicted by the taint. Reclaiming memory is the kubelet's job, through node-pressure eviction.`,
        ),
      },
      zh: {
        title: '污点 node.kubernetes.io/memory-pressure',
        summary: '节点报告 MemoryPressure 期间添加的 NoSchedule 污点；实际上是阻止新的 BestEffort Pod 调度上来。',
        body: para(
          `MemoryPressure 为 True 期间，控制平面添加 node.kubernetes.io/memory-pressure:NoSchedule 污点。QoS 类别为 Guaranteed 或 Burstable 的 Pod 会自动获得相应的容忍，DaemonSet 的 Pod 也容忍它，所以实际效果是阻止新的 BestEffort Pod 调度到该节点。`,
          `它只有 NoSchedule 效果：运行中的 Pod 不会因这个污点被驱逐。回收内存由 kubelet 通过节点压力驱逐完成。`,
        ),
      },
    },
  },

  'taint-disk-pressure': {
    id: 'taint-disk-pressure',
    keywords: ['node.kubernetes.io/disk-pressure', 'disk-pressure', 'DiskPressure', '磁盘压力', '污点'],
    docs: [
      { url: URLS.taintByCondition, label: 'Taint nodes by condition' },
      { url: URLS.wellKnownLabels, label: 'Well-Known Labels, Annotations and Taints' },
    ],
    commands: [TAINTS_CMD],
    related: ['node-condition-disk-pressure', 'taints-tolerations'],
    text: {
      en: {
        title: 'Taint node.kubernetes.io/disk-pressure',
        summary: 'NoSchedule taint added while the node reports DiskPressure; new Pods without a toleration are not scheduled there.',
        body: para(
          `While DiskPressure is True, the control plane adds node.kubernetes.io/disk-pressure:NoSchedule, so the scheduler places no new Pods there unless they tolerate it. DaemonSet Pods get the toleration automatically.`,
          `Running Pods are not evicted by the taint; the kubelet frees disk space itself, first by removing unused images and dead containers, then by evicting Pods.`,
        ),
      },
      zh: {
        title: '污点 node.kubernetes.io/disk-pressure',
        summary: '节点报告 DiskPressure 期间添加的 NoSchedule 污点；没有相应容忍的新 Pod 不会调度到这里。',
        body: para(
          `DiskPressure 为 True 期间，控制平面添加 node.kubernetes.io/disk-pressure:NoSchedule 污点，调度器不会把不容忍它的新 Pod 放到这个节点。DaemonSet 的 Pod 会自动获得这个容忍。`,
          `运行中的 Pod 不会因这个污点被驱逐；kubelet 会自行释放磁盘空间，先删除不用的镜像和已退出的容器，再驱逐 Pod。`,
        ),
      },
    },
  },

  'taint-pid-pressure': {
    id: 'taint-pid-pressure',
    keywords: ['node.kubernetes.io/pid-pressure', 'pid-pressure', 'PIDPressure', '进程数压力', '污点'],
    docs: [
      { url: URLS.taintByCondition, label: 'Taint nodes by condition' },
      { url: URLS.wellKnownLabels, label: 'Well-Known Labels, Annotations and Taints' },
    ],
    commands: [TAINTS_CMD],
    related: ['node-condition-pid-pressure', 'taints-tolerations'],
    text: {
      en: {
        title: 'Taint node.kubernetes.io/pid-pressure',
        summary: 'NoSchedule taint added while the node reports PIDPressure.',
        body: para(
          `While PIDPressure is True, the control plane adds node.kubernetes.io/pid-pressure:NoSchedule, so new Pods that do not tolerate it are scheduled elsewhere. DaemonSet Pods tolerate it automatically.`,
          `As with the other pressure taints, it does not evict running Pods; the kubelet handles that through node-pressure eviction.`,
        ),
      },
      zh: {
        title: '污点 node.kubernetes.io/pid-pressure',
        summary: '节点报告 PIDPressure 期间添加的 NoSchedule 污点。',
        body: para(
          `PIDPressure 为 True 期间，控制平面添加 node.kubernetes.io/pid-pressure:NoSchedule 污点，不容忍它的新 Pod 会被调度到别处。DaemonSet 的 Pod 自动容忍它。`,
          `与其他压力类污点一样，它不会驱逐运行中的 Pod；驱逐由 kubelet 通过节点压力驱逐完成。`,
        ),
      },
    },
  },

  'taint-network-unavailable': {
    id: 'taint-network-unavailable',
    keywords: ['node.kubernetes.io/network-unavailable', 'network-unavailable', 'NetworkUnavailable', '网络不可用', '污点'],
    docs: [
      { url: URLS.taintByCondition, label: 'Taint nodes by condition' },
      { url: URLS.wellKnownLabels, label: 'Well-Known Labels, Annotations and Taints' },
    ],
    commands: [TAINTS_CMD],
    related: ['node-condition-network-unavailable', 'taints-tolerations', 'host-network'],
    text: {
      en: {
        title: 'Taint node.kubernetes.io/network-unavailable',
        summary: "NoSchedule taint added while the node's network is not configured (NetworkUnavailable=True).",
        body: para(
          `While NetworkUnavailable is True, the node carries node.kubernetes.io/network-unavailable:NoSchedule, so ordinary Pods are not scheduled onto a node whose Pod network does not work yet.`,
          `DaemonSet Pods that use the host network tolerate it automatically; that is how the network plugin's own Pods can start on the node and fix the network. The taint goes away once the condition is cleared.`,
        ),
      },
      zh: {
        title: '污点 node.kubernetes.io/network-unavailable',
        summary: '节点网络尚未配置好（NetworkUnavailable=True）期间添加的 NoSchedule 污点。',
        body: para(
          `NetworkUnavailable 为 True 期间，节点带有 node.kubernetes.io/network-unavailable:NoSchedule 污点，普通 Pod 不会被调度到 Pod 网络尚不可用的节点上。`,
          `使用主机网络的 DaemonSet Pod 会自动容忍它，网络插件自己的 Pod 正是借此才能在节点上启动并把网络配置好。状况清除后污点随之消失。`,
        ),
      },
    },
  },

  'taint-unschedulable': {
    id: 'taint-unschedulable',
    keywords: ['node.kubernetes.io/unschedulable', 'cordon', 'uncordon', 'drain', 'SchedulingDisabled', 'spec.unschedulable', '封锁节点', '排空节点', '不可调度', '污点'],
    docs: [
      { url: URLS.safelyDrain, label: 'Safely Drain a Node' },
      { url: URLS.taintByCondition, label: 'Taint nodes by condition' },
    ],
    commands: [
      { kubectl: 'kubectl cordon <node>' },
      { kubectl: 'kubectl drain <node> --ignore-daemonsets', note: { en: 'Cordons, then evicts Pods through the Eviction API, respecting PodDisruptionBudgets.', zh: '先封锁节点，再通过 Eviction API 驱逐 Pod，遵守 Pod 干扰预算（PodDisruptionBudget）。' } },
      { kubectl: 'kubectl uncordon <node>' },
    ],
    related: ['taints-tolerations', 'node-conditions', 'condition-disruption-target', 'kube-scheduler'],
    text: {
      en: {
        title: 'Taint node.kubernetes.io/unschedulable (cordon)',
        summary: 'NoSchedule taint that mirrors spec.unschedulable: true on a cordoned node; kubectl shows SchedulingDisabled.',
        body: para(
          `kubectl cordon sets spec.unschedulable: true, and the control plane mirrors it as the taint node.kubernetes.io/unschedulable:NoSchedule. New Pods are not scheduled there; Pods already running stay. kubectl get nodes shows Ready,SchedulingDisabled.`,
          `kubectl drain cordons the node and then evicts its Pods through the Eviction API, respecting PodDisruptionBudgets; DaemonSet Pods tolerate the taint and are skipped with --ignore-daemonsets. kubectl uncordon clears the flag and the taint.`,
        ),
      },
      zh: {
        title: '污点 node.kubernetes.io/unschedulable（封锁）',
        summary: '与被封锁节点的 spec.unschedulable: true 对应的 NoSchedule 污点；kubectl 显示 SchedulingDisabled。',
        body: para(
          `kubectl cordon 会设置 spec.unschedulable: true，控制平面随之添加 node.kubernetes.io/unschedulable:NoSchedule 污点。新 Pod 不再调度到该节点，已运行的 Pod 保持不变。kubectl get nodes 显示 Ready,SchedulingDisabled。`,
          `kubectl drain 先封锁节点，再通过 Eviction API 驱逐其上的 Pod，并遵守 Pod 干扰预算（PodDisruptionBudget）；DaemonSet 的 Pod 容忍这个污点，用 --ignore-daemonsets 跳过它们。kubectl uncordon 清除该标志和污点。`,
        ),
      },
    },
  },

  'taint-control-plane': {
    id: 'taint-control-plane',
    keywords: ['node-role.kubernetes.io/control-plane', 'control-plane', 'master', 'kubeadm', '控制平面', '主节点', 'Master', '污点'],
    docs: [
      { url: URLS.wellKnownLabels, label: 'Well-Known Labels, Annotations and Taints' },
      { url: URLS.taints, label: 'Taints and Tolerations' },
    ],
    commands: [TAINTS_CMD, { kubectl: 'kubectl taint nodes <node> node-role.kubernetes.io/control-plane:NoSchedule-', note: { en: 'The trailing minus removes the taint.', zh: '末尾的减号表示移除该污点。' } }],
    related: ['control-plane', 'taints-tolerations', 'condition-pod-scheduled', 'node'],
    text: {
      en: {
        title: 'Taint node-role.kubernetes.io/control-plane',
        summary: 'NoSchedule taint that kubeadm and similar tools put on control plane nodes to keep ordinary workloads off them.',
        body: para(
          `Cluster installers such as kubeadm taint control plane nodes with node-role.kubernetes.io/control-plane:NoSchedule and label them with the same key. Only Pods that tolerate it, usually system components, are scheduled there. It is set by the installer, not by Kubernetes itself.`,
          `If a Pod is Pending with "untolerated taint {node-role.kubernetes.io/control-plane: }", the only nodes with room are control plane nodes: add worker nodes, or on a single-node test cluster remove the taint. Single-node development clusters often ship without it.`,
        ),
        misconception: {
          belief: 'Control plane machines are "master" nodes, tainted node-role.kubernetes.io/master.',
          correction:
            'The term is control plane, and the taint and label key are node-role.kubernetes.io/control-plane. kubeadm stopped applying the old master taint in 1.25.',
        },
      },
      zh: {
        title: '污点 node-role.kubernetes.io/control-plane',
        summary: 'kubeadm 等工具给控制平面节点加上的 NoSchedule 污点，让普通工作负载不调度到这些节点。',
        body: para(
          `kubeadm 等集群安装工具会给控制平面节点加上 node-role.kubernetes.io/control-plane:NoSchedule 污点，并打上同名标签。只有容忍它的 Pod（通常是系统组件）才会调度到这里。这个污点由安装工具设置，而不是 Kubernetes 本身。`,
          `如果 Pod 处于 Pending，并提示 “untolerated taint {node-role.kubernetes.io/control-plane: }”，说明只有控制平面节点还有空间：请添加工作节点，或在单节点测试集群中移除该污点。单节点开发集群通常本来就不带这个污点。`,
        ),
        misconception: {
          belief: '控制平面机器叫 “master” 节点，带有 node-role.kubernetes.io/master 污点。',
          correction: '正确的叫法是控制平面，污点和标签的键都是 node-role.kubernetes.io/control-plane。kubeadm 从 1.25 起不再添加旧的 master 污点。',
        },
      },
    },
  },

  'node-allocatable': {
    id: 'node-allocatable',
    keywords: ['allocatable', 'capacity', 'kube-reserved', 'system-reserved', 'Allocated resources', 'Insufficient cpu', 'Insufficient memory', 'max pods', '可分配资源', '节点容量', '资源预留', '资源不足'],
    docs: [
      { url: URLS.reserveCompute, label: 'Reserve Compute Resources: Node Allocatable' },
      { url: URLS.nodeStatusCapacity, label: 'Node Status: Capacity and Allocatable' },
    ],
    commands: [
      { kubectl: "kubectl get node <node> -o jsonpath='{.status.allocatable}'", docker: 'docker info', note: { en: 'docker info shows the host\'s CPUs and total memory, closer to capacity.', zh: 'docker info 显示主机的 CPU 数和总内存，更接近 capacity。' } },
      { kubectl: 'kubectl describe node <node>', note: { en: 'See Capacity, Allocatable and Allocated resources.', zh: '查看 Capacity、Allocatable 和 Allocated resources 部分。' } },
    ],
    related: ['resources', 'condition-pod-scheduled', 'kube-scheduler', 'node', 'qos-class'],
    text: {
      en: {
        title: 'Node allocatable',
        summary: 'What a node offers to Pods: capacity minus what is reserved for the system and the kubelet and the eviction threshold.',
        body: para(
          `status.capacity is what the machine has; status.allocatable is what Pods may request: capacity minus kube-reserved, system-reserved and the hard eviction threshold. The scheduler compares a new Pod's requests with allocatable minus the requests of the Pods already on the node, not with actual usage.`,
          `kubectl describe node shows Capacity, Allocatable and "Allocated resources" (the sums of requests and limits, with percentages). When a Pod is Pending with "Insufficient cpu" or "Insufficient memory", this is where to look. Limits may add up to more than 100% (overcommit); requests cannot.`,
          `Allocatable also lists the maximum number of Pods (110 by default) and extended resources such as GPUs.`,
        ),
      },
      zh: {
        title: '节点可分配资源（Allocatable）',
        summary: '节点能提供给 Pod 的资源：容量减去为系统和 kubelet 预留的部分以及驱逐阈值。',
        body: para(
          `status.capacity 是机器的总资源；status.allocatable 是 Pod 可以请求的资源，等于容量减去 kube-reserved、system-reserved 和硬驱逐阈值。调度器拿新 Pod 的请求与“可分配资源减去节点上已有 Pod 的请求之和”比较，而不是与实际用量比较。`,
          `kubectl describe node 会显示 Capacity、Allocatable 和 “Allocated resources”（请求与限制之和及其百分比）。Pod 因 “Insufficient cpu” 或 “Insufficient memory” 处于 Pending 时，就该看这里。限制之和可以超过 100%（超售），请求之和不能。`,
          `Allocatable 还列出最多可运行的 Pod 数（默认 110）以及 GPU 等扩展资源。`,
        ),
      },
    },
  },
};
