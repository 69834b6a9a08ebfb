/**
 * Section 8 of the source sheet: the control plane and the node components,
 * plus cluster DNS and Leases.
 * Sources: kubernetes.io concepts/overview/components, concepts/architecture,
 * reference/command-line-tools-reference, reference/networking/virtual-ips,
 * concepts/scheduling-eviction/kube-scheduler.
 */
import type { ConceptEntry } from '../../types';
import type { FoundationId } from '../foundations';

type ArchitectureId = Extract<
  FoundationId,
  | 'control-plane'
  | 'kube-apiserver'
  | 'etcd'
  | 'kube-scheduler'
  | 'kube-controller-manager'
  | 'kubelet'
  | 'kube-proxy'
  | 'coredns'
  | 'lease'
>;

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

export const architectureConcepts: Record<ArchitectureId, ConceptEntry> = {
  'control-plane': {
    id: 'control-plane',
    keywords: ['control plane', 'master', 'master node', 'control-plane node', 'node-role.kubernetes.io/control-plane', 'static pod', 'kube-system', '控制平面', '控制面', '主节点', 'Master', '管理节点'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/overview/components/', label: 'Kubernetes components' },
      { url: 'https://kubernetes.io/docs/concepts/architecture/', label: 'Cluster architecture' },
    ],
    commands: [
      { kubectl: 'kubectl get pods -n kube-system -l tier=control-plane', note: { en: 'On kubeadm, kind and minikube clusters the control plane runs as static Pods with this label; managed clouds hide it.', zh: '在 kubeadm、kind、minikube 集群中，控制平面以带此标签的静态 Pod 运行；托管云服务则不对用户展示。' } },
      { kubectl: 'kubectl get nodes -l node-role.kubernetes.io/control-plane' },
      { kubectl: "kubectl get --raw='/readyz?verbose'" },
    ],
    related: ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'node', 'kubelet', 'taint-control-plane', 'lease'],
    text: {
      en: {
        title: 'Control plane',
        summary: 'The components that store the cluster\'s state and make its decisions: kube-apiserver, etcd, kube-scheduler and kube-controller-manager.',
        body: p(
          'The control plane is the cluster\'s brain. kube-apiserver exposes the Kubernetes API and is the only way in; etcd stores every object; kube-scheduler assigns new Pods to nodes; kube-controller-manager runs the control loops that keep reality matching the declared state. Clusters on a cloud provider may also run a cloud-controller-manager.',
          'These components can run on any machine, but setups usually put them on dedicated control-plane nodes, three or more for high availability. kubeadm, kind and minikube run them as static Pods in kube-system, started by the kubelet from manifest files; managed services such as EKS, GKE and AKS run them out of sight.',
          'Control-plane nodes carry the label node-role.kubernetes.io/control-plane and, with kubeadm, a NoSchedule taint of the same key so that ordinary Pods stay off them.',
        ),
        misconception: {
          belief: 'The cluster has a "Master" node that runs the cluster, and worker nodes that obey it.',
          correction: 'The current term is control plane: a set of components that may run on one or several nodes (or be hidden by a cloud provider). Kubernetes replaced the master label and taint with node-role.kubernetes.io/control-plane; "master" survives only in older docs and tools.',
        },
      },
      zh: {
        title: '控制平面（Control Plane）',
        summary: '保存集群状态并做出决策的组件：kube-apiserver、etcd、kube-scheduler 和 kube-controller-manager。',
        body: p(
          '控制平面是集群的大脑。kube-apiserver 对外提供 Kubernetes API，是唯一的入口；etcd 保存所有对象；kube-scheduler 为新的 Pod 分配节点；kube-controller-manager 运行各种控制循环，使实际状态与声明的状态保持一致。运行在云上的集群还可能有 cloud-controller-manager。',
          '这些组件可以运行在任何机器上，但通常部署在专门的控制平面节点上，高可用集群一般有三个或更多。kubeadm、kind 和 minikube 把它们作为静态 Pod 运行在 kube-system 中，由 kubelet 根据清单文件启动；EKS、GKE、AKS 等托管服务则把它们隐藏起来。',
          '控制平面节点带有标签 node-role.kubernetes.io/control-plane；使用 kubeadm 时还带有同名的 NoSchedule 污点，使普通 Pod 不会调度上去。',
        ),
        misconception: {
          belief: '集群里有一个“Master（主节点）”负责管理集群，工作节点听从它的指挥。',
          correction: '现在的术语是“控制平面”：它是一组组件，可以运行在一个或多个节点上（也可能由云厂商托管而不可见）。Kubernetes 已用 node-role.kubernetes.io/control-plane 取代了 master 标签和污点，“master”只残留在旧文档和旧工具中。',
        },
      },
    },
  },

  'kube-apiserver': {
    id: 'kube-apiserver',
    keywords: ['kube-apiserver', 'API server', 'apiserver', 'REST API', 'authentication', 'authorization', 'RBAC', 'admission', 'watch', 'API 服务器', '接口服务', '认证', '鉴权', '准入控制'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/overview/kubernetes-api/', label: 'The Kubernetes API' },
      { url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', label: 'kube-apiserver reference' },
    ],
    commands: [
      { kubectl: 'kubectl get pods -n kube-system -l component=kube-apiserver' },
      { kubectl: 'kubectl api-resources' },
      { kubectl: "kubectl get --raw='/livez?verbose'" },
    ],
    related: ['control-plane', 'etcd', 'kubectl', 'kube-scheduler', 'kube-controller-manager', 'kubelet', 'pod-creation-flow'],
    text: {
      en: {
        title: 'kube-apiserver',
        summary: 'The front door of the control plane: it serves the Kubernetes API and is the only component that reads and writes etcd.',
        body: p(
          'Every request, from kubectl, the dashboard, controllers or kubelets, goes to the API server. It authenticates the caller, authorizes the action (usually with RBAC), runs admission control (mutating and validating webhooks and built-in plugins), validates the object and only then stores it in etcd.',
          'Other components never talk to each other directly: they watch the API server for changes and write their results back through it. The scheduler binds Pods through it, the kubelet reports Pod status through it, and `kubectl logs` and `exec` are relayed by it to the kubelet.',
          'The API server is stateless apart from etcd, so several copies can run behind a load balancer. Its health endpoints /livez and /readyz show whether it and its checks are healthy.',
        ),
      },
      zh: {
        title: 'kube-apiserver（API 服务器）',
        summary: '控制平面的前门：提供 Kubernetes API，也是唯一读写 etcd 的组件。',
        body: p(
          '所有请求——无论来自 kubectl、仪表盘、控制器还是 kubelet——都发往 API 服务器。它依次对调用方进行认证、对操作进行鉴权（通常使用 RBAC）、执行准入控制（变更型和验证型 Webhook 以及内置插件）、校验对象，最后才把对象写入 etcd。',
          '其他组件之间从不直接通信：它们监视（watch）API 服务器上的变化，再把结果通过它写回。调度器通过它绑定 Pod，kubelet 通过它上报 Pod 状态，`kubectl logs` 和 `exec` 也由它转发给 kubelet。',
          '除了 etcd 之外，API 服务器本身不保存状态，因此可以在负载均衡器后面运行多个副本。健康检查端点 /livez 和 /readyz 显示它及各项检查是否正常。',
        ),
      },
    },
  },

  etcd: {
    id: 'etcd',
    keywords: ['etcd', 'key-value store', 'Raft', 'quorum', 'backup', 'snapshot', 'etcdctl', 'encryption at rest', '键值存储', '集群数据', '备份', '一致性'],
    docs: [
      { url: 'https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/', label: 'Operating etcd clusters for Kubernetes' },
      { url: 'https://kubernetes.io/docs/concepts/overview/components/', label: 'Kubernetes components' },
    ],
    commands: [
      { kubectl: 'kubectl get pods -n kube-system -l component=etcd' },
      { kubectl: 'kubectl get --raw /readyz/etcd', note: { en: 'The API server\'s own check of its etcd connection.', zh: 'API 服务器对其 etcd 连接的检查结果。' } },
    ],
    related: ['kube-apiserver', 'control-plane', 'pod-creation-flow', 'configmap-secret-volumes'],
    text: {
      en: {
        title: 'etcd',
        summary: 'The consistent, highly available key-value store that holds all cluster data.',
        body: p(
          'Every Kubernetes object, including Pods, Services, Secrets and Leases, is stored in etcd. It keeps its members consistent with the Raft consensus algorithm, so it runs as an odd number of members (typically three or five) and keeps working as long as a majority is healthy.',
          'Only kube-apiserver talks to etcd; everything else reads and writes through the API. Losing etcd means losing the cluster\'s state, so production clusters back it up regularly (etcdctl snapshot save) and protect access to it. Secrets are stored unencrypted unless encryption at rest is configured on the API server.',
        ),
        misconception: {
          belief: 'The controller manager or the scheduler writes Pods into etcd.',
          correction: 'Only the API server talks to etcd. It authenticates, authorizes, admits and validates each request and writes the object itself; controllers, the scheduler and kubelets all go through the API server.',
        },
      },
      zh: {
        title: 'etcd（集群数据存储）',
        summary: '保存全部集群数据的强一致、高可用键值存储。',
        body: p(
          '所有 Kubernetes 对象——Pod、Service、Secret、Lease 等——都保存在 etcd 中。它用 Raft 共识算法保持各成员数据一致，因此成员数为奇数（通常三个或五个），只要多数成员正常即可继续工作。',
          '只有 kube-apiserver 直接访问 etcd，其他组件都通过 API 读写。etcd 丢失就意味着集群状态丢失，所以生产集群会定期备份（etcdctl snapshot save）并严格控制对它的访问。除非在 API 服务器上配置了静态加密（encryption at rest），Secret 在 etcd 中是以未加密形式存储的。',
        ),
        misconception: {
          belief: '控制器管理器或调度器把 Pod 写入 etcd。',
          correction: '只有 API 服务器与 etcd 通信。它对每个请求进行认证、鉴权、准入和校验，然后亲自写入对象；控制器、调度器和 kubelet 都要经过 API 服务器。',
        },
      },
    },
  },

  'kube-scheduler': {
    id: 'kube-scheduler',
    keywords: ['kube-scheduler', 'scheduler', 'scheduling', 'default-scheduler', 'binding', 'nodeName', 'filtering', 'scoring', 'FailedScheduling', 'Scheduled', '调度', '调度器', '调度失败', '打分', '过滤'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/', label: 'Kubernetes Scheduler' },
      { url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/', label: 'kube-scheduler reference' },
    ],
    commands: [
      { kubectl: 'kubectl get pods -o wide', note: { en: 'The NODE column shows where the scheduler placed each Pod.', zh: 'NODE 一列显示调度器把每个 Pod 放到了哪个节点。' } },
      { kubectl: 'kubectl get events --field-selector reason=FailedScheduling' },
      { kubectl: 'kubectl get pods -n kube-system -l component=kube-scheduler' },
    ],
    related: ['control-plane', 'kube-apiserver', 'node', 'pod', 'condition-pod-scheduled', 'taints-tolerations', 'node-allocatable', 'pod-creation-flow', 'kubelet'],
    text: {
      en: {
        title: 'kube-scheduler',
        summary: 'Watches for Pods without a node and picks the best node for each, then binds the Pod to it through the API.',
        body: p(
          'The scheduler watches the API server for Pods whose spec.nodeName is empty. For each one it first filters out nodes that cannot run it: not enough allocatable CPU or memory for the Pod\'s requests, a taint the Pod does not tolerate, a nodeSelector or affinity that does not match, a host port already in use, volume constraints. It then scores the remaining nodes and picks the highest.',
          'The decision is written back as a binding, which sets spec.nodeName and the PodScheduled condition and produces a Scheduled event from default-scheduler. The scheduler does not start anything: the kubelet on the chosen node sees the bound Pod and runs it.',
          'If no node fits, the Pod stays Pending and the scheduler records FailedScheduling, with a message such as "0/3 nodes are available: 3 Insufficient cpu". It keeps retrying as the cluster changes, and may preempt lower-priority Pods to make room.',
        ),
        misconception: {
          belief: 'The scheduler sends the Pod to the kubelet, the kubelet reports back to the scheduler, and the scheduler writes the result to etcd.',
          correction: 'The scheduler only binds the Pod through the API server (pods/binding sets spec.nodeName). The kubelet watches the API server for Pods bound to its node and reports their status to the API server; neither of them touches etcd.',
        },
      },
      zh: {
        title: 'kube-scheduler（调度器）',
        summary: '监视尚未分配节点的 Pod，为每个 Pod 选出最合适的节点，再通过 API 把 Pod 绑定上去。',
        body: p(
          '调度器监视 API 服务器上 spec.nodeName 为空的 Pod。对每个 Pod，它先过滤掉无法运行它的节点：可分配的 CPU 或内存不足以满足 Pod 的 requests、存在 Pod 不容忍的污点、nodeSelector 或亲和性不匹配、主机端口已被占用、卷的约束不满足等；然后给剩余节点打分，选出得分最高的节点。',
          '调度结果以绑定（binding）的形式写回，它设置 spec.nodeName 和 PodScheduled 状况，并产生一条来自 default-scheduler 的 Scheduled 事件。调度器本身不启动任何东西：被选中节点上的 kubelet 看到已绑定的 Pod 后才会运行它。',
          '如果没有合适的节点，Pod 会保持 Pending，调度器记录 FailedScheduling 事件，消息类似“0/3 nodes are available: 3 Insufficient cpu”。随着集群变化它会不断重试，也可能抢占优先级更低的 Pod 来腾出空间。',
        ),
        misconception: {
          belief: '调度器把 Pod 发给 kubelet，kubelet 向调度器汇报，再由调度器把结果写入 etcd。',
          correction: '调度器只通过 API 服务器绑定 Pod（pods/binding 设置 spec.nodeName）。kubelet 监视 API 服务器上绑定到本节点的 Pod，并把状态上报给 API 服务器；两者都不直接接触 etcd。',
        },
      },
    },
  },

  'kube-controller-manager': {
    id: 'kube-controller-manager',
    keywords: ['kube-controller-manager', 'controller', 'control loop', 'reconcile', 'replicaset-controller', 'deployment-controller', 'node controller', 'endpointslice controller', 'garbage collector', 'leader election', '控制器', '控制器管理器', '控制循环', '调和'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/architecture/controller/', label: 'Controllers' },
      { url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/', label: 'kube-controller-manager reference' },
    ],
    commands: [
      { kubectl: 'kubectl get pods -n kube-system -l component=kube-controller-manager' },
      { kubectl: 'kubectl get lease kube-controller-manager -n kube-system', note: { en: 'Shows which instance currently holds leadership.', zh: '显示当前由哪个实例担任领导者。' } },
    ],
    related: ['control-plane', 'kube-apiserver', 'replicaset', 'deployment', 'job', 'endpointslice', 'owner-references', 'lease', 'node'],
    text: {
      en: {
        title: 'kube-controller-manager',
        summary: 'One process that runs the built-in controllers, each a loop that drives actual state toward desired state.',
        body: p(
          'A controller watches some kinds of objects through the API server, compares what exists with what the spec asks for, and acts to close the gap. kube-controller-manager bundles the built-in ones: Deployment, ReplicaSet, StatefulSet, DaemonSet, Job and CronJob controllers, the node lifecycle controller (marks unresponsive nodes and evicts their Pods), the EndpointSlice controller, the namespace controller, the garbage collector, ServiceAccount controllers and more.',
          'Controllers act only through the API: the ReplicaSet controller creates Pods by sending create requests to the API server, exactly as kubectl would. Events such as SuccessfulCreate (replicaset-controller) or ScalingReplicaSet (deployment-controller) show their work.',
          'When several copies run for high availability, only the leader (chosen through a Lease in kube-system) acts; the others wait to take over.',
        ),
        misconception: {
          belief: 'When a Pod is created, the controller manager stores it in etcd.',
          correction: 'The API server stores objects in etcd. A bare Pod involves no controller at all; when a ReplicaSet creates Pods, its controller sends ordinary create requests to the API server, which writes them.',
        },
      },
      zh: {
        title: 'kube-controller-manager（控制器管理器）',
        summary: '运行各内置控制器的单个进程，每个控制器都是把实际状态推向期望状态的循环。',
        body: p(
          '控制器通过 API 服务器监视某些类型的对象，比较实际存在的与 spec 要求的，并采取行动消除差距。kube-controller-manager 集成了内置控制器：Deployment、ReplicaSet、StatefulSet、DaemonSet、Job、CronJob 控制器，节点生命周期控制器（标记失联节点并驱逐其上的 Pod），EndpointSlice 控制器，命名空间控制器，垃圾收集器，ServiceAccount 相关控制器等。',
          '控制器只通过 API 行事：ReplicaSet 控制器创建 Pod 的方式，就是向 API 服务器发送创建请求，与 kubectl 完全一样。SuccessfulCreate（replicaset-controller）、ScalingReplicaSet（deployment-controller）等事件记录了它们的工作。',
          '为高可用运行多个副本时，只有领导者（通过 kube-system 中的 Lease 选出）真正工作，其余副本等待接替。',
        ),
        misconception: {
          belief: '创建 Pod 时，由控制器管理器把它存入 etcd。',
          correction: '把对象写入 etcd 的是 API 服务器。创建裸 Pod 时根本不涉及任何控制器；ReplicaSet 创建 Pod 时，其控制器也只是向 API 服务器发送普通的创建请求，由 API 服务器写入。',
        },
      },
    },
  },

  kubelet: {
    id: 'kubelet',
    keywords: ['kubelet', 'node agent', 'static pod', 'CRI', 'probes', 'node status', 'eviction', '节点代理', '静态 Pod', '节点组件'],
    docs: [
      { url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/', label: 'kubelet reference' },
      { url: 'https://kubernetes.io/docs/concepts/overview/components/', label: 'Kubernetes components' },
    ],
    commands: [
      { kubectl: 'kubectl get nodes -o wide', note: { en: 'VERSION is the kubelet version of each node.', zh: 'VERSION 一列是各节点的 kubelet 版本。' } },
      { kubectl: 'kubectl describe node <node>', note: { en: 'Conditions and events here are reported by that node\'s kubelet; its own logs are on the node (journalctl -u kubelet).', zh: '这里的状况和事件由该节点的 kubelet 上报；kubelet 自身的日志在节点上（journalctl -u kubelet）。' } },
    ],
    related: ['node', 'container-runtime', 'pod', 'lease', 'kube-apiserver', 'liveness-probe', 'readiness-probe', 'cgroups', 'node-conditions'],
    text: {
      en: {
        title: 'kubelet',
        summary: 'The agent on every node that runs the Pods bound to it and reports their status and the node\'s health.',
        body: p(
          'The kubelet registers its node with the API server and watches for Pods whose spec.nodeName is that node. For each one it admits the Pod, mounts its volumes, then asks the container runtime, through the CRI, to create the Pod sandbox, pull images and start containers; it applies resource limits, runs liveness, readiness and startup probes and restarts containers according to restartPolicy.',
          'It reports back through the API server: Pod status (phase, conditions, container states), node status (capacity, conditions such as Ready and DiskPressure) and a heartbeat Lease renewed about every 10 seconds. Under memory or disk pressure it evicts Pods to protect the node.',
          'The kubelet usually runs as a system service, not as a Pod, so it does not appear in kube-system. It can also start static Pods from manifest files on disk, which is how kubeadm clusters run their control plane.',
        ),
      },
      zh: {
        title: 'kubelet（节点代理）',
        summary: '每个节点上的代理，运行绑定到本节点的 Pod，并上报它们的状态和节点的健康状况。',
        body: p(
          'kubelet 向 API 服务器注册自己的节点，并监视 spec.nodeName 为本节点的 Pod。对每个这样的 Pod，它先准入 Pod、挂载卷，再通过 CRI 让容器运行时创建 Pod 沙箱、拉取镜像、启动容器；它还负责施加资源限制、执行存活、就绪和启动探针，并按 restartPolicy 重启容器。',
          '它通过 API 服务器回报：Pod 状态（阶段、状况、各容器状态）、节点状态（容量，以及 Ready、DiskPressure 等状况），并大约每 10 秒续约一次作为心跳的 Lease。内存或磁盘紧张时，它会驱逐 Pod 以保护节点。',
          'kubelet 通常作为系统服务运行，而不是以 Pod 形式运行，所以在 kube-system 中看不到它。它还可以根据磁盘上的清单文件启动静态 Pod，kubeadm 集群的控制平面就是这样运行的。',
        ),
      },
    },
  },

  'kube-proxy': {
    id: 'kube-proxy',
    keywords: ['kube-proxy', 'iptables', 'IPVS', 'nftables', 'virtual IP', 'DNAT', 'DaemonSet', 'load balancing', 'eBPF', '网络代理', '负载均衡', '转发规则'],
    docs: [
      { url: 'https://kubernetes.io/docs/reference/networking/virtual-ips/', label: 'Virtual IPs and Service Proxies' },
      { url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-proxy/', label: 'kube-proxy reference' },
    ],
    commands: [
      { kubectl: 'kubectl get daemonset kube-proxy -n kube-system' },
      { kubectl: 'kubectl get configmap kube-proxy -n kube-system -o yaml', note: { en: 'On kubeadm clusters, the mode field says iptables, nftables or ipvs (empty means the default, iptables; ipvs is deprecated since 1.35).', zh: '在 kubeadm 集群中，mode 字段表示 iptables、nftables 或 ipvs（为空表示默认的 iptables；ipvs 自 1.35 起已弃用）。' } },
      { kubectl: 'kubectl logs -n kube-system daemonset/kube-proxy' },
    ],
    related: ['service', 'cluster-ip', 'endpointslice', 'node', 'service-type-node-port', 'host-network'],
    text: {
      en: {
        title: 'kube-proxy',
        summary: 'Runs on each node and turns Services and EndpointSlices into kernel packet-forwarding rules.',
        body: p(
          'kube-proxy watches Services and EndpointSlices through the API server and programs the node\'s kernel so that traffic to a Service\'s cluster IP and port (or NodePort) is rewritten to one of the ready backend Pods. On Linux it has three modes: iptables (still the default), nftables, and IPVS, which is deprecated since Kubernetes 1.35 with nftables named as its replacement.',
          'In all of them the packets never pass through the kube-proxy process; the kernel selects a backend and forwards them. That is why a Service keeps working if kube-proxy restarts, and why stale rules, not a crashed proxy, are the usual suspect when traffic goes to the wrong place.',
          'kube-proxy usually runs as a DaemonSet in kube-system with host networking. Some network plugins, such as Cilium in kube-proxy replacement mode, implement Services with eBPF and the cluster has no kube-proxy at all.',
        ),
        misconception: {
          belief: 'kube-proxy is a proxy that receives Service traffic and load-balances it across the endpoints.',
          correction: 'kube-proxy only programs kernel rules (iptables, nftables or IPVS) from EndpointSlices; the kernel forwards the packets. The old userspace mode, where kube-proxy did proxy traffic, was removed in Kubernetes 1.26.',
        },
      },
      zh: {
        title: 'kube-proxy（网络代理）',
        summary: '运行在每个节点上，把 Service 和 EndpointSlice 转换为内核中的数据包转发规则。',
        body: p(
          'kube-proxy 通过 API 服务器监视 Service 和 EndpointSlice，并配置节点内核，使发往 Service 集群 IP 和端口（或 NodePort）的流量被改写到某个就绪的后端 Pod。在 Linux 上它有三种模式：iptables（仍是默认模式）、nftables，以及自 Kubernetes 1.35 起被弃用的 IPVS（官方建议改用 nftables）。',
          '无论哪种模式，数据包都不经过 kube-proxy 进程，而是由内核选择后端并转发。所以 kube-proxy 重启时 Service 仍能正常工作；流量走错地方时，常见原因是规则过时，而不是“代理进程挂了”。',
          'kube-proxy 通常以 DaemonSet 形式运行在 kube-system 中，并使用主机网络。有些网络插件（例如以替代 kube-proxy 模式运行的 Cilium）用 eBPF 实现 Service，此时集群里根本没有 kube-proxy。',
        ),
        misconception: {
          belief: 'kube-proxy 是一个代理程序，接收 Service 流量并在各端点之间做负载均衡。',
          correction: 'kube-proxy 只根据 EndpointSlice 配置内核规则（iptables、nftables 或 IPVS），由内核转发数据包。由 kube-proxy 亲自转发流量的旧 userspace 模式已在 Kubernetes 1.26 中移除。',
        },
      },
    },
  },

  coredns: {
    id: 'coredns',
    keywords: ['CoreDNS', 'kube-dns', 'cluster DNS', 'DNS', 'resolv.conf', 'Corefile', 'svc.cluster.local', 'ndots', '域名解析', '集群 DNS', '服务发现'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/', label: 'DNS for Services and Pods' },
      { url: 'https://kubernetes.io/docs/tasks/administer-cluster/coredns/', label: 'Using CoreDNS for Service Discovery' },
      { url: 'https://kubernetes.io/docs/tasks/administer-cluster/dns-debugging-resolution/', label: 'Debugging DNS Resolution' },
    ],
    commands: [
      { kubectl: 'kubectl get pods -n kube-system -l k8s-app=kube-dns' },
      { kubectl: 'kubectl get svc kube-dns -n kube-system' },
      { kubectl: 'kubectl exec <pod> -- cat /etc/resolv.conf', docker: 'docker exec <container> cat /etc/resolv.conf', note: { en: 'In a Pod, nameserver is the kube-dns Service IP; on a user-defined Docker network it is Docker\'s embedded DNS, 127.0.0.11.', zh: 'Pod 中 nameserver 是 kube-dns Service 的 IP；在用户自定义的 Docker 网络中则是 Docker 内嵌 DNS 127.0.0.11。' } },
    ],
    related: ['service-discovery', 'service', 'service-headless', 'namespace', 'service-type-external-name'],
    text: {
      en: {
        title: 'CoreDNS',
        summary: 'The cluster DNS server that answers names like web.shop.svc.cluster.local with Service and Pod addresses.',
        body: p(
          'CoreDNS runs as a Deployment in kube-system behind a Service that, for historical reasons, is still named kube-dns. It watches Services and EndpointSlices and answers DNS queries for them: a normal Service name resolves to its cluster IP, a headless Service name to the IPs of its ready Pods, and SRV records describe named ports.',
          'The kubelet writes each Pod\'s /etc/resolv.conf: the nameserver is the kube-dns Service IP, and search domains such as <namespace>.svc.cluster.local let a Pod use short names like web for Services in its own namespace. Names outside the cluster are forwarded to upstream resolvers.',
          'Its configuration, the Corefile, lives in the coredns ConfigMap. If name lookups fail across the cluster, check that the CoreDNS Pods are Ready and that the kube-dns Service has endpoints.',
        ),
      },
      zh: {
        title: 'CoreDNS（集群 DNS）',
        summary: '集群 DNS 服务器，把 web.shop.svc.cluster.local 这类名字解析为 Service 和 Pod 的地址。',
        body: p(
          'CoreDNS 以 Deployment 形式运行在 kube-system 中，前面的 Service 出于历史原因仍叫 kube-dns。它监视 Service 和 EndpointSlice 并应答相应的 DNS 查询：普通 Service 的名字解析为其集群 IP，无头 Service 的名字解析为其就绪 Pod 的 IP，SRV 记录则描述具名端口。',
          'kubelet 为每个 Pod 写入 /etc/resolv.conf：nameserver 是 kube-dns Service 的 IP，<命名空间>.svc.cluster.local 等搜索域让 Pod 可以用 web 这样的短名字访问同一命名空间中的 Service。集群外的域名会被转发给上游解析器。',
          '它的配置文件 Corefile 位于名为 coredns 的 ConfigMap 中。如果整个集群的域名解析都失败，先检查 CoreDNS Pod 是否就绪，以及 kube-dns Service 是否有端点。',
        ),
      },
    },
  },

  lease: {
    id: 'lease',
    keywords: ['Lease', 'coordination.k8s.io', 'heartbeat', 'kube-node-lease', 'leader election', 'renewTime', 'holderIdentity', '租约', '心跳', '领导者选举', '选主'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/architecture/leases/', label: 'Leases' },
      { url: 'https://kubernetes.io/docs/concepts/architecture/nodes/#node-heartbeats', label: 'Node heartbeats' },
    ],
    commands: [
      { kubectl: 'kubectl get leases -n kube-node-lease', note: { en: 'One Lease per node; renewTime shows the last heartbeat.', zh: '每个节点一个 Lease；renewTime 显示最近一次心跳。' } },
      { kubectl: 'kubectl get leases -n kube-system', note: { en: 'Leader election for kube-scheduler and kube-controller-manager, and API server identity.', zh: 'kube-scheduler 和 kube-controller-manager 的领导者选举，以及 API 服务器身份标识。' } },
    ],
    related: ['node', 'kubelet', 'kube-controller-manager', 'kube-scheduler', 'node-condition-ready', 'control-plane'],
    text: {
      en: {
        title: 'Lease',
        summary: 'A small coordination object that a component keeps renewing to say "I am alive" or "I am the leader".',
        body: p(
          'A Lease (coordination.k8s.io/v1) records a holder, a duration and the time it was last renewed. Because it is tiny, renewing it is much cheaper than rewriting a whole object.',
          'Each kubelet keeps a Lease named after its node in the kube-node-lease namespace and renews it about every 10 seconds. If renewals stop for longer than the node monitor grace period, the node lifecycle controller marks the node\'s Ready condition Unknown and taints it, which eventually evicts its Pods.',
          'In kube-system, Leases elect a single active leader among replicas of kube-scheduler and kube-controller-manager, and each API server publishes its identity through one.',
        ),
      },
      zh: {
        title: 'Lease（租约）',
        summary: '一种小型协调对象，组件不断续约它来表示“我还活着”或“我是领导者”。',
        body: p(
          'Lease（coordination.k8s.io/v1）记录持有者、租期以及最近一次续约的时间。由于对象很小，续约它比重写整个对象的开销小得多。',
          '每个 kubelet 在 kube-node-lease 命名空间中维护一个以节点命名的 Lease，大约每 10 秒续约一次。如果停止续约的时间超过节点监控宽限期，节点生命周期控制器会把该节点的 Ready 状况置为 Unknown 并加上污点，最终驱逐其上的 Pod。',
          '在 kube-system 中，Lease 用于在 kube-scheduler 和 kube-controller-manager 的多个副本之间选出唯一活跃的领导者；每个 API 服务器也通过一个 Lease 发布自己的身份。',
        ),
      },
    },
  },
};
