/**
 * Sections 6-7 and 17 of the source sheet: what Kubernetes is, its core
 * objects (Pod, Node, Namespace, Label, selectors, workload controllers,
 * ownership, finalizers, events) and kubectl.
 * Sources: kubernetes.io concepts/overview, concepts/workloads,
 * concepts/architecture/nodes, reference/kubectl.
 */
import type { ConceptEntry } from '../../types';
import type { FoundationId } from '../foundations';

type ObjectId = Extract<
  FoundationId,
  | 'kubernetes'
  | 'pod'
  | 'node'
  | 'namespace'
  | 'label'
  | 'label-selector'
  | 'deployment'
  | 'replicaset'
  | 'job'
  | 'owner-references'
  | 'finalizers'
  | 'events'
  | 'kubectl'
>;

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

export const objectConcepts: Record<ObjectId, ConceptEntry> = {
  kubernetes: {
    id: 'kubernetes',
    keywords: ['Kubernetes', 'K8s', 'orchestration', 'scheduling', 'self-healing', 'autoscaling', 'declarative', 'desired state', 'reconcile', '编排', '容器编排', '调度', '自愈', '自动扩缩容', '服务发现', '负载均衡', '声明式'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/overview/', label: 'Overview' },
      { url: 'https://kubernetes.io/docs/concepts/overview/components/', label: 'Kubernetes components' },
    ],
    commands: [
      { kubectl: 'kubectl cluster-info', docker: 'docker info' },
      { kubectl: 'kubectl get nodes' },
      { kubectl: 'kubectl api-resources', note: { en: 'Lists every kind of object this cluster understands.', zh: '列出该集群支持的所有对象类型。' } },
    ],
    related: ['control-plane', 'node', 'pod', 'deployment', 'service', 'kube-scheduler', 'kubectl', 'docker'],
    text: {
      en: {
        title: 'Kubernetes',
        summary: 'An open-source platform that runs containerized workloads across a cluster of machines and keeps them in the state you declare.',
        body: p(
          'Kubernetes (K8s) orchestrates containers: you describe what should run, for example "three replicas of this image, reachable as web", and Kubernetes decides where to run them and keeps that true over time. A cluster consists of a control plane, which makes decisions, and worker nodes, which run your Pods.',
          'Its main features are scheduling Pods onto nodes with enough resources, self-healing (restarting failed containers, replacing Pods when a node dies), rolling updates and rollbacks, horizontal scaling (by hand or with an autoscaler), service discovery and load balancing through Services and DNS, storage orchestration, and configuration through ConfigMaps and Secrets.',
          'Everything is driven by declarative API objects stored by the API server. Controllers watch those objects and keep acting until the actual state matches the desired state, which is why the dashboard shows both spec (what you asked for) and status (what is true now).',
        ),
      },
      zh: {
        title: 'Kubernetes（容器编排平台）',
        summary: '开源平台，在一组机器上运行容器化工作负载，并持续维持你所声明的状态。',
        body: p(
          'Kubernetes（简称 K8s）负责容器编排：你描述要运行什么，例如“这个镜像运行三个副本，以 web 这个名字对外提供服务”，Kubernetes 决定在哪里运行它们，并长期保持这一状态。集群由负责决策的控制平面和运行 Pod 的工作节点组成。',
          '它的主要能力包括：把 Pod 调度到资源充足的节点上；自愈（重启失败的容器，节点宕机时替换 Pod）；滚动更新与回滚；水平扩缩容（手动或借助自动扩缩器）；通过 Service 和 DNS 实现服务发现与负载均衡；存储编排；以及通过 ConfigMap 和 Secret 管理配置。',
          '一切都由 API 服务器保存的声明式 API 对象驱动。控制器监视这些对象，不断采取行动，直到实际状态与期望状态一致。这就是为什么仪表盘会同时展示 spec（你期望的）和 status（当前实际的）。',
        ),
      },
    },
  },

  pod: {
    id: 'pod',
    keywords: ['Pod', 'pods', 'po', 'unit of scheduling', 'sidecar', 'shareProcessNamespace', 'pod IP', '容器组', '最小调度单元', '调度单位'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/workloads/pods/', label: 'Pods' },
      { url: 'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/', label: 'Share process namespace between containers in a Pod' },
    ],
    commands: [
      { kubectl: 'kubectl get pods -o wide', docker: 'docker ps' },
      { kubectl: 'kubectl describe pod <pod>', docker: 'docker inspect <container>' },
      { kubectl: 'kubectl logs <pod> -c <container>', docker: 'docker logs <container>' },
      { kubectl: 'kubectl exec -it <pod> -- sh', docker: 'docker exec -it <container> sh' },
    ],
    related: ['container', 'node', 'linux-namespaces', 'pod-phase', 'deployment', 'replicaset', 'service', 'init-containers', 'sidecar-containers'],
    text: {
      en: {
        title: 'Pod',
        summary: 'The smallest deployable unit in Kubernetes: one or more containers that share a network identity and storage and are scheduled together.',
        body: p(
          'A Pod wraps one or more containers that always run together on the same node. They share one IP address and port space (they can talk over localhost) and can share files through the Pod\'s volumes. Most Pods run a single application container, sometimes with helper init or sidecar containers.',
          'Pods are the unit the scheduler places: all containers of a Pod land on one node, and the Pod stays there until it ends or is deleted. Pods are disposable: if a node fails, the Pod is not moved; a controller such as a ReplicaSet creates a new Pod, with a new name and IP, elsewhere.',
          'You rarely create bare Pods. Deployments, StatefulSets, DaemonSets and Jobs create them from a Pod template, and Services find them through labels. A Pod\'s status reports its phase, conditions and the state of every container.',
        ),
        misconception: {
          belief: 'Containers in a Pod share the PID, IPC, network and UTS namespaces, and effectively one filesystem.',
          correction: 'They share the network, IPC and UTS namespaces. Processes of other containers are visible only with spec.shareProcessNamespace: true, and the mount namespace is not shared: each container has its own filesystem, and files are shared only through volumes mounted into both.',
        },
      },
      zh: {
        title: 'Pod（容器组）',
        summary: 'Kubernetes 中最小的可部署单元：一个或多个共享网络身份和存储、被一起调度的容器。',
        body: p(
          'Pod 包裹着一个或多个总是一起运行在同一节点上的容器。它们共享同一个 IP 地址和端口空间（可以通过 localhost 互相通信），并可以通过 Pod 的卷共享文件。大多数 Pod 只运行一个应用容器，有时再配上 Init 容器或边车（sidecar）容器作为辅助。',
          'Pod 是调度器放置的基本单位：一个 Pod 的所有容器落在同一个节点上，并一直待在那里，直到结束或被删除。Pod 是可替换的：节点故障时 Pod 不会被“迁移”，而是由 ReplicaSet 等控制器在别处创建一个新的 Pod，名字和 IP 都是新的。',
          '通常不直接创建裸 Pod，而是由 Deployment、StatefulSet、DaemonSet 和 Job 根据 Pod 模板创建，Service 则通过标签找到它们。Pod 的 status 报告它的阶段（phase）、状况（conditions）以及每个容器的状态。',
        ),
        misconception: {
          belief: '同一 Pod 的容器共享 PID、IPC、网络和 UTS 命名空间，实际上也共用一个文件系统。',
          correction: '它们共享的是网络、IPC 和 UTS 命名空间。只有设置 spec.shareProcessNamespace: true 时才能看到其他容器的进程；挂载命名空间不共享：每个容器有自己的文件系统，只有同时挂载到两个容器中的卷才能共享文件。',
        },
      },
    },
  },

  node: {
    id: 'node',
    keywords: ['Node', 'worker node', 'nodes', 'no', 'nodeInfo', 'capacity', 'allocatable', 'cordon', 'drain', 'minion', '节点', '工作节点', 'Worker', '计算节点'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/architecture/nodes/', label: 'Nodes' },
      { url: 'https://kubernetes.io/docs/concepts/overview/components/', label: 'Kubernetes components' },
    ],
    commands: [
      { kubectl: 'kubectl get nodes -o wide', docker: 'docker info', note: { en: 'Shows each node\'s status, roles, kubelet version, OS image, kernel and container runtime.', zh: '显示每个节点的状态、角色、kubelet 版本、操作系统镜像、内核与容器运行时。' } },
      { kubectl: 'kubectl describe node <node>' },
      { kubectl: 'kubectl top node', note: { en: 'Needs metrics-server.', zh: '需要 metrics-server。' } },
      { kubectl: 'kubectl drain <node> --ignore-daemonsets', note: { en: 'Marks the node unschedulable (like kubectl cordon) and evicts its Pods before maintenance.', zh: '把节点标记为不可调度（同 kubectl cordon），并在维护前驱逐其上的 Pod。' } },
    ],
    related: ['kubelet', 'kube-proxy', 'container-runtime', 'control-plane', 'node-conditions', 'node-allocatable', 'lease', 'taints-tolerations', 'pod'],
    text: {
      en: {
        title: 'Node',
        summary: 'A worker machine, virtual or physical, that runs Pods; each runs a kubelet, a container runtime and usually kube-proxy.',
        body: p(
          'Nodes provide the CPU, memory and storage that Pods use. Each node runs a kubelet, which registers the Node object with the API server and runs the Pods bound to it, a container runtime such as containerd, and usually kube-proxy for Service traffic.',
          'The Node object\'s status describes the machine: addresses, capacity and allocatable resources (what the scheduler may hand out), conditions such as Ready, MemoryPressure and DiskPressure, and nodeInfo with the kubelet version, OS image, kernel version and container runtime. Besides status updates, the kubelet sends a heartbeat every 10 seconds or so by renewing a Lease in the kube-node-lease namespace.',
          'Nodes that run control-plane components carry the label node-role.kubernetes.io/control-plane and usually a matching NoSchedule taint; the rest are worker nodes. `kubectl cordon` stops new Pods from landing on a node, and `kubectl drain` also evicts the Pods already there.',
        ),
      },
      zh: {
        title: 'Node（节点）',
        summary: '运行 Pod 的工作机器（虚拟机或物理机）；每个节点运行 kubelet、容器运行时，通常还有 kube-proxy。',
        body: p(
          '节点为 Pod 提供 CPU、内存和存储。每个节点上运行着 kubelet（负责向 API 服务器注册 Node 对象，并运行绑定到本节点的 Pod）、containerd 等容器运行时，以及通常用于转发 Service 流量的 kube-proxy。',
          'Node 对象的 status 描述这台机器：地址、容量（capacity）与可分配资源（allocatable，调度器可分配的部分）、Ready、MemoryPressure、DiskPressure 等状况，以及包含 kubelet 版本、操作系统镜像、内核版本和容器运行时的 nodeInfo。除了状态更新外，kubelet 还会大约每 10 秒续约一次 kube-node-lease 命名空间中的 Lease，作为心跳。',
          '运行控制平面组件的节点带有标签 node-role.kubernetes.io/control-plane，通常还有对应的 NoSchedule 污点；其余的是工作节点。`kubectl cordon` 阻止新的 Pod 调度到节点上，`kubectl drain` 还会驱逐节点上已有的 Pod。',
        ),
      },
    },
  },

  namespace: {
    id: 'namespace',
    keywords: ['Namespace', 'ns', 'namespaced', 'cluster-scoped', 'default', 'kube-system', 'kube-public', 'kube-node-lease', 'multi-tenancy', '命名空间', '名字空间', '多租户', '集群级资源'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/', label: 'Namespaces' },
      { url: 'https://kubernetes.io/docs/tasks/administer-cluster/namespaces/', label: 'Share a cluster with namespaces' },
    ],
    commands: [
      { kubectl: 'kubectl get namespaces' },
      { kubectl: 'kubectl get pods -n kube-system' },
      { kubectl: 'kubectl api-resources --namespaced=false', note: { en: 'Lists the cluster-scoped kinds, such as Node, PersistentVolume and StorageClass.', zh: '列出集群级（不属于任何命名空间）的资源类型，如 Node、PersistentVolume、StorageClass。' } },
      { kubectl: 'kubectl config set-context --current --namespace=<ns>' },
    ],
    related: ['label', 'service-discovery', 'node', 'persistent-volume', 'storage-class', 'finalizers'],
    text: {
      en: {
        title: 'Namespace',
        summary: 'A named partition of one cluster: object names must be unique inside a namespace, not across the cluster.',
        body: p(
          'Namespaces divide a cluster between teams, applications or environments. Namespaced objects such as Pods, Services, Deployments, ConfigMaps and PersistentVolumeClaims belong to exactly one namespace; cluster-scoped objects such as Nodes, PersistentVolumes, StorageClasses and Namespaces themselves belong to none.',
          'A new cluster starts with default (used when you name none), kube-system (components such as CoreDNS and kube-proxy), kube-public (readable by everyone) and kube-node-lease (node heartbeats). A Service\'s DNS name includes its namespace: <service>.<namespace>.svc.cluster.local.',
          'A namespace is a scope for names, RBAC permissions, ResourceQuotas and NetworkPolicies, but not by itself a security wall: Pods in different namespaces can talk to each other unless policies say otherwise. Deleting a namespace deletes everything in it. This is unrelated to the Linux kernel namespaces that isolate containers.',
        ),
      },
      zh: {
        title: 'Namespace（命名空间）',
        summary: '对同一集群的具名划分：对象名只需在命名空间内唯一，而不是在整个集群内唯一。',
        body: p(
          '命名空间把一个集群分给不同的团队、应用或环境使用。Pod、Service、Deployment、ConfigMap、PersistentVolumeClaim 等“命名空间级”对象必定属于某一个命名空间；Node、PersistentVolume、StorageClass 以及 Namespace 本身等“集群级”对象不属于任何命名空间。',
          '新集群默认有 default（未指定命名空间时使用）、kube-system（CoreDNS、kube-proxy 等组件）、kube-public（所有人可读）和 kube-node-lease（节点心跳）四个命名空间。Service 的 DNS 名称包含命名空间：<服务名>.<命名空间>.svc.cluster.local。',
          '命名空间是名称、RBAC 权限、ResourceQuota 和 NetworkPolicy 的作用范围，但它本身并不是安全边界：除非有策略限制，不同命名空间的 Pod 之间可以互相访问。删除命名空间会删除其中的所有对象。注意它与隔离容器的 Linux 内核命名空间是两回事。',
        ),
      },
    },
  },

  label: {
    id: 'label',
    keywords: ['label', 'labels', 'metadata.labels', 'app.kubernetes.io/name', 'annotation', '--show-labels', '标签', '键值对'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/', label: 'Labels and Selectors' },
      { url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/common-labels/', label: 'Recommended labels' },
    ],
    commands: [
      { kubectl: 'kubectl get pods --show-labels', docker: "docker inspect --format '{{json .Config.Labels}}' <container>" },
      { kubectl: 'kubectl label pod <pod> env=staging', docker: 'docker run --label env=staging <image>' },
      { kubectl: 'kubectl get pods -L app', note: { en: 'Adds a column with the value of the app label.', zh: '增加一列，显示 app 标签的值。' } },
    ],
    related: ['label-selector', 'service', 'replicaset', 'deployment', 'endpointslice'],
    text: {
      en: {
        title: 'Label',
        summary: 'A key/value pair attached to an object to describe it, so that groups of objects can be selected.',
        body: p(
          'Labels live in metadata.labels, for example app: web or tier: frontend. They carry identifying information that is meaningful to you, and Kubernetes itself uses them to connect objects: a Service finds its Pods, and a ReplicaSet counts its Pods, by label.',
          'Labels are not unique: many objects can carry the same label, and that is the point, since a label names a group. A key may have a DNS-style prefix (app.kubernetes.io/name, kubernetes.io/service-name) and a name of at most 63 characters; values are at most 63 characters.',
          'Use annotations instead for non-identifying data such as build info or tool settings; annotations cannot be selected on. Changing a Pod\'s labels can take it out of a Service or make a ReplicaSet create a replacement.',
        ),
      },
      zh: {
        title: 'Label（标签）',
        summary: '附加在对象上、用来描述它的键值对，借此可以选出一组对象。',
        body: p(
          '标签位于 metadata.labels 中，例如 app: web 或 tier: frontend。它们承载对你有意义的标识信息，Kubernetes 自身也用标签关联对象：Service 按标签找到自己的 Pod，ReplicaSet 按标签清点自己的 Pod。',
          '标签不是唯一的：许多对象可以带相同的标签，这恰恰是它的用途——一个标签代表一组对象。键可以带 DNS 风格的前缀（如 app.kubernetes.io/name、kubernetes.io/service-name），名称部分最长 63 个字符；值最长 63 个字符。',
          '构建信息、工具配置等非标识性数据应使用注解（annotation），注解不能用于选择。修改 Pod 的标签可能使它脱离某个 Service，或使 ReplicaSet 另建一个 Pod 来补足数量。',
        ),
      },
    },
  },

  'label-selector': {
    id: 'label-selector',
    keywords: ['selector', 'label selector', 'matchLabels', 'matchExpressions', 'equality-based', 'set-based', '-l', '标签选择器', '选择算符', '选择器', '标签'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors', label: 'Label selectors' },
    ],
    commands: [
      { kubectl: "kubectl get pods -l 'app=web,tier in (frontend,backend)'", docker: 'docker ps --filter label=app=web' },
      { kubectl: "kubectl get svc <svc> -o jsonpath='{.spec.selector}'" },
    ],
    related: ['label', 'service', 'replicaset', 'deployment', 'endpointslice', 'job'],
    text: {
      en: {
        title: 'Label selector',
        summary: 'A query over labels that picks a set of objects; Services, ReplicaSets and kubectl -l all use it.',
        body: p(
          'Equality-based selectors use =, == and != (app=web, env!=prod). Set-based selectors use in, notin and existence (tier in (frontend,backend), !canary). Several requirements separated by commas must all match; there is no OR.',
          'A Service\'s spec.selector is a plain map and supports only equality. Deployments, ReplicaSets, Jobs and DaemonSets use spec.selector.matchLabels and matchExpressions, and their selector must match the labels in their Pod template.',
          'A selector picks whatever matches at that moment, so a Pod with the right labels but created by hand is counted too. A Service without a selector gets no automatic EndpointSlices; you manage its endpoints yourself.',
        ),
      },
      zh: {
        title: '标签选择算符（Label Selector）',
        summary: '基于标签的查询，用来选出一组对象；Service、ReplicaSet 和 kubectl -l 都依赖它。',
        body: p(
          '基于等值的选择算符使用 =、== 和 !=（如 app=web、env!=prod）；基于集合的选择算符使用 in、notin 和存在性判断（如 tier in (frontend,backend)、!canary）。用逗号分隔的多个条件必须同时满足，不支持“或”。',
          'Service 的 spec.selector 是一个简单的映射，只支持等值匹配。Deployment、ReplicaSet、Job 和 DaemonSet 使用 spec.selector.matchLabels 和 matchExpressions，且选择算符必须与其 Pod 模板中的标签相匹配。',
          '选择算符选中的是当下所有匹配的对象，所以手工创建、但标签相同的 Pod 也会被算进去。没有选择算符的 Service 不会自动生成 EndpointSlice，其端点需要自己维护。',
        ),
      },
    },
  },

  deployment: {
    id: 'deployment',
    keywords: ['Deployment', 'deploy', 'rolling update', 'rollout', 'rollback', 'maxSurge', 'maxUnavailable', 'replicas', 'scale', '部署', '滚动更新', '回滚', '副本', '扩缩容'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/workloads/controllers/deployment/', label: 'Deployments' },
    ],
    commands: [
      { kubectl: 'kubectl create deployment web --image=nginx --replicas=3', docker: 'docker run -d nginx' },
      { kubectl: 'kubectl rollout status deployment/web' },
      { kubectl: 'kubectl rollout undo deployment/web', note: { en: 'Goes back to the previous revision (see kubectl rollout history).', zh: '回滚到上一个版本（可用 kubectl rollout history 查看历史）。' } },
      { kubectl: 'kubectl scale deployment/web --replicas=5' },
    ],
    related: ['replicaset', 'pod', 'label-selector', 'owner-references', 'kube-controller-manager', 'service'],
    text: {
      en: {
        title: 'Deployment',
        summary: 'Declares how many replicas of a Pod template should run and rolls out changes to it gradually.',
        body: p(
          'A Deployment is the usual way to run a stateless application. You give it a Pod template, a replica count and a selector; the Deployment controller creates a ReplicaSet for the template, and the ReplicaSet creates the Pods.',
          'Changing the Pod template (a new image, for example) starts a rollout: a new ReplicaSet is scaled up while the old one is scaled down, limited by maxSurge and maxUnavailable (25 % each by default), so the application stays available. Old ReplicaSets are kept at zero replicas so that `kubectl rollout undo` can go back.',
          'Changing only the replica count does not create a new ReplicaSet. The deployment-controller reports its steps as ScalingReplicaSet events, and status shows how many replicas are updated, ready and available.',
        ),
      },
      zh: {
        title: 'Deployment（部署）',
        summary: '声明某个 Pod 模板应运行多少个副本，并以渐进方式发布对它的修改。',
        body: p(
          'Deployment 是运行无状态应用的常用方式。你给出 Pod 模板、副本数和选择算符；Deployment 控制器为该模板创建一个 ReplicaSet，再由 ReplicaSet 创建 Pod。',
          '修改 Pod 模板（例如换一个镜像）会触发一次发布（rollout）：新的 ReplicaSet 逐步扩容，旧的逐步缩容，节奏受 maxSurge 和 maxUnavailable 限制（默认各为 25%），从而保证应用持续可用。旧的 ReplicaSet 会以 0 副本保留下来，以便用 `kubectl rollout undo` 回滚。',
          '只修改副本数不会创建新的 ReplicaSet。deployment-controller 会以 ScalingReplicaSet 事件报告每一步，status 中显示已更新、就绪和可用的副本数。',
        ),
      },
    },
  },

  replicaset: {
    id: 'replicaset',
    keywords: ['ReplicaSet', 'rs', 'replicas', 'pod-template-hash', 'ReplicationController', '副本集', '副本', '副本控制器'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/', label: 'ReplicaSet' },
    ],
    commands: [
      { kubectl: 'kubectl get replicasets' },
      { kubectl: 'kubectl describe rs <name>', note: { en: 'Events show SuccessfulCreate / FailedCreate from the replicaset-controller.', zh: '事件中可看到 replicaset-controller 发出的 SuccessfulCreate / FailedCreate。' } },
    ],
    related: ['deployment', 'pod', 'label-selector', 'owner-references', 'kube-controller-manager'],
    text: {
      en: {
        title: 'ReplicaSet',
        summary: 'Keeps a stable number of identical Pods running, creating or deleting Pods to match spec.replicas.',
        body: p(
          'A ReplicaSet has a replica count, a label selector and a Pod template. Its controller counts the Pods that match the selector and creates Pods from the template, or deletes surplus ones, until the count is right; that is how a crashed node\'s Pods get replaced.',
          'You normally do not create ReplicaSets yourself: a Deployment creates one per Pod template and names it <deployment>-<pod-template-hash>; its Pods are named <replicaset>-<random suffix>. Each Pod points back to its ReplicaSet in metadata.ownerReferences.',
          'A ReplicaSet also adopts existing Pods that match its selector and have no controlling owner, so avoid giving hand-made Pods the same labels. Creation problems, such as a quota being exceeded, appear as FailedCreate events on the ReplicaSet, not on any Pod.',
        ),
      },
      zh: {
        title: 'ReplicaSet（副本集）',
        summary: '维持固定数量的相同 Pod 运行，按 spec.replicas 创建或删除 Pod。',
        body: p(
          'ReplicaSet 包含副本数、标签选择算符和 Pod 模板。它的控制器清点与选择算符匹配的 Pod，按模板补建 Pod 或删除多余的 Pod，直到数量正确——节点宕机后 Pod 能被替换，靠的就是它。',
          '一般不需要自己创建 ReplicaSet：Deployment 为每个 Pod 模板创建一个，命名为 <deployment 名>-<pod-template-hash>；它的 Pod 命名为 <replicaset 名>-<随机后缀>。每个 Pod 都在 metadata.ownerReferences 中指回自己的 ReplicaSet。',
          'ReplicaSet 还会“收养”与其选择算符匹配、且尚无控制者属主（controller: true）的现有 Pod，所以不要给手工创建的 Pod 设置相同的标签。创建失败（例如超出配额）会以 FailedCreate 事件记录在 ReplicaSet 上，而不是某个 Pod 上。',
        ),
      },
    },
  },

  job: {
    id: 'job',
    keywords: ['Job', 'batch', 'completions', 'parallelism', 'backoffLimit', 'CronJob', 'ttlSecondsAfterFinished', 'run to completion', '任务', '批处理', '定时任务', '一次性任务'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/workloads/controllers/job/', label: 'Jobs' },
      { url: 'https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/', label: 'CronJob' },
    ],
    commands: [
      { kubectl: 'kubectl create job once --image=busybox -- echo done', docker: 'docker run --rm busybox echo done' },
      { kubectl: 'kubectl get jobs' },
      { kubectl: 'kubectl logs job/<name>' },
    ],
    related: ['pod', 'restart-policy', 'phase-succeeded', 'phase-failed', 'owner-references', 'kube-controller-manager'],
    text: {
      en: {
        title: 'Job',
        summary: 'Runs Pods until a set number of them finish successfully, retrying failures up to a limit.',
        body: p(
          'A Job is for work that ends: a migration, a report, a batch computation. Its controller creates Pods and counts successful completions; spec.completions says how many are needed and spec.parallelism how many may run at once. A Pod that succeeded ends in phase Succeeded and shows Completed in kubectl.',
          'Failed Pods are retried with an increasing delay up to spec.backoffLimit (6 by default); spec.activeDeadlineSeconds caps the total run time. The Pod template\'s restartPolicy must be OnFailure or Never.',
          'Finished Jobs and their Pods stay around for inspection until deleted, or until spec.ttlSecondsAfterFinished removes them automatically. A CronJob creates a new Job on a schedule.',
        ),
      },
      zh: {
        title: 'Job（任务）',
        summary: '运行 Pod 直到指定数量成功完成，失败时在限额内重试。',
        body: p(
          'Job 用于会结束的工作：数据迁移、生成报表、批量计算等。它的控制器创建 Pod 并统计成功完成的次数；spec.completions 指定需要完成几次，spec.parallelism 指定最多同时运行几个。成功的 Pod 最终处于 Succeeded 阶段，在 kubectl 中显示为 Completed。',
          '失败的 Pod 会以逐渐增加的间隔重试，最多 spec.backoffLimit 次（默认 6 次）；spec.activeDeadlineSeconds 限制总运行时长。Pod 模板的 restartPolicy 必须是 OnFailure 或 Never。',
          '已结束的 Job 及其 Pod 会保留以便查看，直到被删除，或由 spec.ttlSecondsAfterFinished 自动清理。CronJob（定时任务）则按计划周期性地创建新的 Job。',
        ),
      },
    },
  },

  'owner-references': {
    id: 'owner-references',
    keywords: ['ownerReferences', 'owner', 'dependent', 'controller: true', 'garbage collection', 'cascading deletion', 'orphan', 'blockOwnerDeletion', '属主', '附属', '垃圾回收', '级联删除', '属主引用'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/owners-dependents/', label: 'Owners and Dependents' },
      { url: 'https://kubernetes.io/docs/concepts/architecture/garbage-collection/', label: 'Garbage Collection' },
    ],
    commands: [
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.metadata.ownerReferences}'" },
      { kubectl: 'kubectl delete deployment <name> --cascade=orphan', note: { en: 'Deletes the owner but leaves its ReplicaSets and Pods in place.', zh: '只删除属主对象，保留其 ReplicaSet 和 Pod。' } },
    ],
    related: ['deployment', 'replicaset', 'pod', 'finalizers', 'kube-controller-manager', 'job'],
    text: {
      en: {
        title: 'Owner references',
        summary: 'Links from an object to the object that owns it, such as Pod → ReplicaSet → Deployment; they drive garbage collection.',
        body: p(
          'metadata.ownerReferences names the owners of an object by kind, name and UID. Controllers set them on what they create: a Deployment owns its ReplicaSets, a ReplicaSet owns its Pods, a Job owns its Pods. The reference with controller: true marks the one controller that manages the object.',
          'When an owner is deleted, the garbage collector deletes its dependents too (cascading deletion). By default this happens in the background; foreground deletion removes dependents first, and --cascade=orphan keeps them. blockOwnerDeletion lets a dependent hold up a foreground deletion of its owner.',
          'A namespaced owner must be in the same namespace as its dependent, and a cluster-scoped dependent can only have cluster-scoped owners. Following ownerReferences is how the dashboard traces a Pod back to the workload that created it.',
        ),
      },
      zh: {
        title: '属主引用（ownerReferences）',
        summary: '对象指向其属主对象的链接，例如 Pod → ReplicaSet → Deployment；垃圾回收依赖它进行。',
        body: p(
          'metadata.ownerReferences 通过类别、名称和 UID 指明对象的属主。控制器会在自己创建的对象上设置它：Deployment 拥有它的 ReplicaSet，ReplicaSet 拥有它的 Pod，Job 拥有它的 Pod。带 controller: true 的那条引用标明管理该对象的唯一控制器。',
          '属主被删除时，垃圾收集器会把其附属对象一并删除（级联删除）。默认在后台进行；前台删除会先删除附属对象，--cascade=orphan 则保留它们。blockOwnerDeletion 可以让附属对象在前台删除时阻止属主被提前删除。',
          '命名空间级的属主必须与其附属对象位于同一命名空间；集群级的附属对象只能有集群级的属主。仪表盘正是顺着 ownerReferences 把 Pod 追溯到创建它的工作负载。',
        ),
      },
    },
  },

  finalizers: {
    id: 'finalizers',
    keywords: ['finalizers', 'finalizer', 'deletionTimestamp', 'Terminating', 'kubernetes.io/pvc-protection', 'kubernetes.io/pv-protection', 'foregroundDeletion', 'stuck terminating', '终结器', '删除卡住', '删除保护'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/finalizers/', label: 'Finalizers' },
      { url: 'https://kubernetes.io/docs/concepts/architecture/garbage-collection/', label: 'Garbage Collection' },
    ],
    commands: [
      { kubectl: "kubectl get pvc <claim> -o jsonpath='{.metadata.finalizers}'" },
      { kubectl: 'kubectl patch <kind> <name> --type=merge -p \'{"metadata":{"finalizers":null}}\'', note: { en: 'Last resort: removing finalizers skips the cleanup they guard and can leak external resources.', zh: '最后手段：移除终结器会跳过它所保护的清理步骤，可能留下未回收的外部资源。' } },
    ],
    related: ['owner-references', 'pod-deletion-flow', 'pvc', 'persistent-volume', 'namespace'],
    text: {
      en: {
        title: 'Finalizers',
        summary: 'Keys in metadata.finalizers that make Kubernetes wait for cleanup before an object is actually removed.',
        body: p(
          'When you delete an object that has finalizers, the API server does not remove it. It sets metadata.deletionTimestamp, so the object shows as Terminating, and waits. The controller responsible for each finalizer does its cleanup (detaching storage, deleting a cloud load balancer, removing dependents) and then removes its key; when the list is empty, the object is deleted.',
          'Common examples are kubernetes.io/pvc-protection and kubernetes.io/pv-protection, which keep a claim or volume that is still in use from disappearing, and foregroundDeletion, added during foreground cascading deletion.',
          'An object that stays Terminating for a long time usually has a finalizer whose controller is gone or failing. Fix or reinstall that controller first; stripping the finalizer by hand removes the object but skips the cleanup.',
        ),
      },
      zh: {
        title: 'Finalizer（终结器）',
        summary: 'metadata.finalizers 中的键，让 Kubernetes 在真正删除对象之前等待清理完成。',
        body: p(
          '删除一个带终结器的对象时，API 服务器不会立即移除它，而是设置 metadata.deletionTimestamp（于是对象显示为 Terminating）并等待。负责各个终结器的控制器完成清理工作（解除存储挂接、删除云负载均衡器、删除附属对象等）后，再把自己的键移除；列表清空时，对象才被真正删除。',
          '常见的例子有 kubernetes.io/pvc-protection 和 kubernetes.io/pv-protection，它们防止仍在使用中的申领或卷被删掉；以及前台级联删除时添加的 foregroundDeletion。',
          '对象长时间停留在 Terminating，通常是因为某个终结器对应的控制器已经不存在或运行异常。应先修复或重新安装该控制器；手工移除终结器虽然能删掉对象，但会跳过清理。',
        ),
      },
    },
  },

  events: {
    id: 'events',
    keywords: ['Event', 'events', 'reason', 'Warning', 'Normal', 'involvedObject', 'event TTL', 'kubectl events', '事件', '告警事件'],
    docs: [
      { url: 'https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/', label: 'Event API' },
      { url: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_events/', label: 'kubectl events' },
    ],
    commands: [
      { kubectl: 'kubectl events --for pod/<pod>', docker: 'docker events --filter container=<container>' },
      {
        kubectl: 'kubectl events',
        docker: 'docker events',
        note: {
          en: 'All events of the namespace, oldest first. Prefer it to kubectl get events --sort-by=.lastTimestamp, which cannot place events written through events.k8s.io (the scheduler\'s have no lastTimestamp).',
          zh: '命名空间中的全部事件，按时间从旧到新排列。它比 kubectl get events --sort-by=.lastTimestamp 更可靠：后者无法正确排列通过 events.k8s.io 写入的事件（调度器的事件没有 lastTimestamp）。',
        },
      },
      { kubectl: 'kubectl describe pod <pod>', note: { en: 'The Events section at the bottom lists recent events for that object.', zh: '输出末尾的 Events 部分列出该对象最近的事件。' } },
    ],
    related: ['pod', 'kube-scheduler', 'kubelet', 'kube-controller-manager', 'pod-creation-flow', 'namespace'],
    text: {
      en: {
        title: 'Events',
        summary: 'Short records of what happened to an object (Scheduled, Pulling, BackOff, FailedScheduling…), kept for about an hour.',
        body: p(
          'Components report noteworthy moments as Event objects: the scheduler writes Scheduled or FailedScheduling, the kubelet writes Pulling, Pulled, Created, Started, Unhealthy, BackOff and Killing, controllers write SuccessfulCreate or ScalingReplicaSet. Each event has a type (Normal or Warning), a reason, a message, the reporting component and the object it is about.',
          'Repeated events are merged and counted instead of duplicated. Events are ordinary namespaced objects, but the API server deletes them after a retention time (one hour by default), so they explain recent trouble, not history.',
          'Events are often the fastest way to see why a Pod is stuck: a Pending Pod usually has a FailedScheduling event saying which resource or rule no node satisfies.',
        ),
      },
      zh: {
        title: 'Event（事件）',
        summary: '关于对象发生了什么的简短记录（Scheduled、Pulling、BackOff、FailedScheduling 等），默认保留约一小时。',
        body: p(
          '各组件把值得注意的时刻记录为 Event 对象：调度器写入 Scheduled 或 FailedScheduling；kubelet 写入 Pulling、Pulled、Created、Started、Unhealthy、BackOff、Killing；控制器写入 SuccessfulCreate 或 ScalingReplicaSet。每个事件包含类型（Normal 或 Warning）、原因（reason）、消息、上报组件以及所涉及的对象。',
          '重复的事件会被合并计数，而不是重复记录。事件是普通的命名空间级对象，但 API 服务器会在保留期（默认一小时）后删除它们，所以事件用来解释最近的问题，而不是留存历史。',
          '查看事件往往是弄清 Pod 为何卡住的最快办法：处于 Pending 的 Pod 通常会有一条 FailedScheduling 事件，说明没有节点能满足哪项资源或规则。',
        ),
      },
    },
  },

  kubectl: {
    id: 'kubectl',
    keywords: ['kubectl', 'CLI', 'kubeconfig', 'context', 'kubectl apply', 'kubectl run', 'kubectl get', 'kubectl describe', 'kubectl logs', 'kubectl exec', 'kubectl delete', '命令行', '命令行工具', 'kubectl 命令'],
    docs: [
      { url: 'https://kubernetes.io/docs/reference/kubectl/', label: 'Command line tool (kubectl)' },
      { url: 'https://kubernetes.io/docs/reference/kubectl/quick-reference/', label: 'kubectl Quick Reference' },
      { url: 'https://kubernetes.io/docs/reference/kubectl/docker-cli-to-kubectl/', label: 'kubectl for Docker users' },
    ],
    commands: [
      { kubectl: 'kubectl apply -f app.yaml', docker: 'docker compose up -d', note: { en: 'Declarative: creates or updates the objects in the file.', zh: '声明式：创建或更新文件中的对象。' } },
      { kubectl: 'kubectl create -f app.yaml', note: { en: 'Imperative: fails if the objects already exist.', zh: '命令式：对象已存在时会报错。' } },
      { kubectl: 'kubectl run tmp --image=busybox --rm -it --restart=Never -- sh', docker: 'docker run --rm -it busybox sh' },
      { kubectl: 'kubectl get pods', docker: 'docker ps' },
      { kubectl: 'kubectl describe pod <pod>', docker: 'docker inspect <container>' },
      { kubectl: 'kubectl logs <pod> --previous', docker: 'docker logs <container>' },
      { kubectl: 'kubectl exec -it <pod> -- sh', docker: 'docker exec -it <container> sh' },
      { kubectl: 'kubectl delete -f app.yaml', docker: 'docker rm -f <container>' },
    ],
    related: ['docker-commands', 'kube-apiserver', 'pod', 'deployment', 'events', 'namespace'],
    text: {
      en: {
        title: 'kubectl',
        summary: 'The Kubernetes command-line client: every command is a request to the API server.',
        body: p(
          'kubectl reads a kubeconfig file (~/.kube/config by default) to find the cluster, the credentials and the current namespace, grouped as contexts. It then calls the API server; it never talks to nodes or containers directly, even for logs and exec, which the API server relays through the kubelet.',
          'There are three styles. Imperative commands: `kubectl run`, `create deployment`, `expose`, `scale`. Imperative object configuration: `kubectl create -f` and `delete -f` on YAML files. Declarative configuration: `kubectl apply -f`, which creates or updates objects to match the files and is the usual choice for anything kept in version control.',
          'For looking around: `get` lists objects (-o wide or -o yaml for more), `describe` shows details and recent events, `logs` prints container output (--previous for the last crashed instance), `exec` runs a command in a container, `port-forward` reaches a Pod or Service from your machine, and `explain` documents any field.',
        ),
        misconception: {
          belief: '`kubectl run` creates a Deployment.',
          correction: 'Since Kubernetes 1.18 `kubectl run` creates only a single Pod, with no controller to replace it. Use `kubectl create deployment` for a Deployment, or write a manifest and use `kubectl apply -f`.',
        },
      },
      zh: {
        title: 'kubectl（命令行工具）',
        summary: 'Kubernetes 的命令行客户端：每条命令都是发给 API 服务器的请求。',
        body: p(
          'kubectl 读取 kubeconfig 文件（默认是 ~/.kube/config），从中获取集群地址、身份凭据和当前命名空间，这些组合在一起称为上下文（context）。然后它调用 API 服务器；即使是 logs 和 exec，kubectl 也从不直接连接节点或容器，而是由 API 服务器经 kubelet 转发。',
          '使用方式有三种。命令式命令：`kubectl run`、`create deployment`、`expose`、`scale`。命令式对象配置：对 YAML 文件执行 `kubectl create -f`、`delete -f`。声明式配置：`kubectl apply -f`，按文件内容创建或更新对象，是纳入版本控制的配置的常用做法。',
          '日常查看：`get` 列出对象（加 -o wide 或 -o yaml 查看更多），`describe` 显示详情和最近的事件，`logs` 输出容器日志（--previous 查看上一次崩溃的实例），`exec` 在容器内执行命令，`port-forward` 从本机访问 Pod 或 Service，`explain` 查看任意字段的说明。',
        ),
        misconception: {
          belief: '`kubectl run` 会创建一个 Deployment。',
          correction: '自 Kubernetes 1.18 起，`kubectl run` 只创建一个单独的 Pod，没有控制器负责替换它。要创建 Deployment，请使用 `kubectl create deployment`，或编写清单文件后执行 `kubectl apply -f`。',
        },
      },
    },
  },
};
