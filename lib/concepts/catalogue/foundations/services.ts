/**
 * Sections 7, 14 and 15 of the source sheet: Services, their endpoints, the
 * cluster IP, the Service types, headless Services, service discovery and
 * targetPort.
 * Sources: kubernetes.io concepts/services-networking (service,
 * endpoint-slices, dns-pod-service, cluster-ip-allocation),
 * reference/networking/virtual-ips, blog 2025-04-24 endpoints-deprecation.
 */
import type { ConceptEntry } from '../../types';
import type { FoundationId } from '../foundations';

type ServiceId = Extract<
  FoundationId,
  | 'service'
  | 'endpointslice'
  | 'cluster-ip'
  | 'service-types'
  | 'service-type-cluster-ip'
  | 'service-type-node-port'
  | 'service-type-load-balancer'
  | 'service-type-external-name'
  | 'service-headless'
  | 'service-discovery'
  | 'target-port'
>;

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

const SERVICE_DOC = 'https://kubernetes.io/docs/concepts/services-networking/service/';

export const serviceConcepts: Record<ServiceId, ConceptEntry> = {
  service: {
    id: 'service',
    keywords: ['Service', 'svc', 'stable IP', 'virtual IP', 'selector', 'load balancing', 'expose', '服务', '负载均衡', '稳定入口', '服务暴露'],
    docs: [
      { url: SERVICE_DOC, label: 'Service' },
      { url: 'https://kubernetes.io/docs/concepts/services-networking/connect-applications-service/', label: 'Connecting Applications with Services' },
    ],
    commands: [
      { kubectl: 'kubectl get svc', docker: 'docker ps --format "{{.Names}} {{.Ports}}"' },
      { kubectl: 'kubectl describe svc <svc>' },
      { kubectl: 'kubectl expose deployment web --port=80 --target-port=8080' },
      { kubectl: 'kubectl port-forward svc/<svc> 8080:80', docker: 'docker run -p 8080:80 <image>', note: { en: 'Reaches the Service from your own machine for testing.', zh: '从本机访问 Service，便于测试。' } },
    ],
    related: ['label-selector', 'endpointslice', 'cluster-ip', 'service-types', 'service-discovery', 'kube-proxy', 'coredns', 'target-port', 'pod'],
    text: {
      en: {
        title: 'Service',
        summary: 'A stable name and virtual IP in front of a changing set of Pods, chosen by label, with traffic spread across them.',
        body: p(
          'Pods come and go and get a new IP each time, so clients should not talk to Pod IPs. A Service gives a group of Pods one stable identity: a DNS name (<service>.<namespace>.svc.cluster.local) and, for most types, a cluster IP that does not change for the Service\'s lifetime.',
          'spec.selector picks the Pods by label. The EndpointSlice controller keeps a list of the matching Pods in the same namespace, marking which are Ready; only Ready Pods receive new traffic. kube-proxy (or the network plugin) turns that list into rules that spread connections across the Pods.',
          'spec.ports maps the Service port to each Pod\'s targetPort, and spec.type decides how far the Service is reachable: inside the cluster only (ClusterIP), on every node\'s IP (NodePort), through an external load balancer (LoadBalancer), or as a DNS alias (ExternalName). A Service with no Ready Pods behind it accepts connections that go nowhere, so check its endpoints first when it does not answer.',
        ),
      },
      zh: {
        title: 'Service（服务）',
        summary: '位于一组不断变化的 Pod 前面的稳定名字和虚拟 IP；按标签选择 Pod，并把流量分摊到它们上面。',
        body: p(
          'Pod 会不断被创建和销毁，每次都会拿到新的 IP，所以客户端不应直接访问 Pod IP。Service 为一组 Pod 提供一个稳定的身份：一个 DNS 名称（<服务名>.<命名空间>.svc.cluster.local），以及（大多数类型下）在 Service 存续期间不变的集群 IP。',
          'spec.selector 按标签选出 Pod。EndpointSlice 控制器维护同一命名空间中匹配 Pod 的列表，并标出哪些已就绪；只有就绪的 Pod 才会接收新流量。kube-proxy（或网络插件）把这个列表转换为规则，实现在各 Pod 之间的负载均衡。',
          'spec.ports 把 Service 端口映射到每个 Pod 的 targetPort，spec.type 决定 Service 能被访问的范围：仅集群内部（ClusterIP）、每个节点的 IP（NodePort）、外部负载均衡器（LoadBalancer），或作为 DNS 别名（ExternalName）。如果 Service 背后没有就绪的 Pod，连接会无处可去，所以 Service 无响应时应先检查它的端点。',
        ),
      },
    },
  },

  endpointslice: {
    id: 'endpointslice',
    keywords: ['EndpointSlice', 'endpointslices', 'endpoints', 'Endpoints', 'kubernetes.io/service-name', 'ready', 'serving', 'terminating', 'discovery.k8s.io', '端点', '端点切片', '后端'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/', label: 'EndpointSlices' },
      { url: 'https://kubernetes.io/blog/2025/04/24/endpoints-deprecation/', label: 'Kubernetes v1.33: Continuing the transition from Endpoints to EndpointSlices' },
    ],
    commands: [
      { kubectl: 'kubectl get endpointslices -l kubernetes.io/service-name=<svc>' },
      { kubectl: 'kubectl describe endpointslice <name>', note: { en: 'Shows each endpoint\'s address, target Pod, node and its ready / serving / terminating conditions.', zh: '显示每个端点的地址、对应 Pod、所在节点及其 ready / serving / terminating 状况。' } },
    ],
    related: ['service', 'label-selector', 'kube-proxy', 'condition-ready', 'readiness-probe', 'coredns', 'kube-controller-manager', 'pod-deletion-flow'],
    text: {
      en: {
        title: 'EndpointSlice',
        summary: 'The list of network endpoints (Pod IPs and ports) behind a Service, with each endpoint\'s readiness.',
        body: p(
          'For every Service with a selector, the EndpointSlice controller maintains one or more EndpointSlice objects labelled kubernetes.io/service-name=<service>. Each endpoint has addresses, the Pod it points to, the node and zone, and three conditions: ready, serving and terminating. A slice holds up to 100 endpoints by default, so large Services are split across several slices.',
          'A Pod is listed when it is in the Service\'s namespace and matches every selector label; it is ready when its Ready condition is True. During deletion it stays listed with ready=false and terminating=true, so proxies can finish existing connections. kube-proxy and CoreDNS read these slices to route traffic and answer DNS.',
          'A Service without a selector gets no automatic slices; you can write EndpointSlices yourself to point it at something outside the cluster.',
        ),
        misconception: {
          belief: 'A Service is bound to its Pods through an Endpoints object.',
          correction: 'The current API is EndpointSlice (discovery.k8s.io/v1), maintained by the EndpointSlice controller and found by the label kubernetes.io/service-name. The old v1 Endpoints API is deprecated since Kubernetes 1.33 and the API server warns when it is used.',
        },
      },
      zh: {
        title: 'EndpointSlice（端点切片）',
        summary: 'Service 背后的网络端点（Pod IP 和端口）列表，附带每个端点的就绪状态。',
        body: p(
          '对于每个带选择算符的 Service，EndpointSlice 控制器维护一个或多个带有 kubernetes.io/service-name=<服务名> 标签的 EndpointSlice 对象。每个端点包含地址、指向的 Pod、所在节点和可用区，以及三个状况：ready、serving 和 terminating。默认每个切片最多 100 个端点，大型 Service 会被拆分到多个切片中。',
          '当 Pod 位于 Service 所在的命名空间并且匹配选择算符中的每个标签时，就会被列入；其 Ready 状况为 True 时端点才是就绪的。Pod 被删除期间，它仍留在列表中，但 ready=false、terminating=true，以便代理处理完已有连接。kube-proxy 和 CoreDNS 读取这些切片来转发流量和应答 DNS。',
          '没有选择算符的 Service 不会自动生成切片；你可以自己编写 EndpointSlice，让它指向集群外部的服务。',
        ),
        misconception: {
          belief: 'Service 通过一个 Endpoints 对象与它的 Pod 绑定。',
          correction: '现行的 API 是 EndpointSlice（discovery.k8s.io/v1），由 EndpointSlice 控制器维护，可通过标签 kubernetes.io/service-name 找到。旧的 v1 Endpoints API 自 Kubernetes 1.33 起已被弃用，使用时 API 服务器会发出警告。',
        },
      },
    },
  },

  'cluster-ip': {
    id: 'cluster-ip',
    keywords: ['ClusterIP', 'cluster IP', 'virtual IP', 'VIP', 'service CIDR', 'service-cluster-ip-range', 'clusterIP: None', 'kube-ipvs0', '集群 IP', '虚拟 IP', '服务 IP'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/services-networking/cluster-ip-allocation/', label: 'Service ClusterIP allocation' },
      { url: 'https://kubernetes.io/docs/reference/networking/virtual-ips/', label: 'Virtual IPs and Service Proxies' },
    ],
    commands: [
      { kubectl: 'kubectl get svc', note: { en: 'The CLUSTER-IP column; None means a headless Service.', zh: '见 CLUSTER-IP 一列；None 表示无头 Service。' } },
      { kubectl: "kubectl get svc <svc> -o jsonpath='{.spec.clusterIP}'" },
    ],
    related: ['service', 'kube-proxy', 'service-type-cluster-ip', 'service-headless', 'coredns'],
    text: {
      en: {
        title: 'Cluster IP',
        summary: 'The virtual IP a Service gets from the cluster\'s service range; kernel rules on every node make it work.',
        body: p(
          'When a Service is created, the API server assigns it an address from the service CIDR configured for the cluster (for example 10.96.0.0/12), unless you ask for a specific free one or set clusterIP: None for a headless Service. The address stays the same until the Service is deleted.',
          'kube-proxy installs rules on every node that catch packets sent to clusterIP:port and redirect them to one of the Service\'s ready endpoints, which is why the IP is reachable only from inside the cluster. In iptables and nftables mode no Pod or node interface has the IP, so pinging it usually gets no answer even though TCP and UDP on the Service ports work. In IPVS mode kube-proxy binds every cluster IP to a dummy interface, kube-ipvs0, on each node (ip addr show kube-ipvs0 lists them).',
        ),
      },
      zh: {
        title: 'ClusterIP（集群虚拟 IP）',
        summary: 'Service 从集群服务网段中获得的虚拟 IP；每个节点上的内核规则让它生效。',
        body: p(
          '创建 Service 时，API 服务器从集群配置的服务网段（例如 10.96.0.0/12）中为它分配一个地址；你也可以指定一个空闲地址，或设置 clusterIP: None 创建无头 Service。该地址在 Service 被删除之前保持不变。',
          'kube-proxy 在每个节点上安装规则，截获发往 clusterIP:端口 的数据包，并把它们转发到 Service 的某个就绪端点，因此这个 IP 只能在集群内部访问。在 iptables 和 nftables 模式下，没有任何 Pod 或节点网卡拥有这个 IP，所以 ping 它通常没有回应，尽管 Service 端口上的 TCP 和 UDP 都能正常工作。在 IPVS 模式下，kube-proxy 会把每个集群 IP 绑定到每个节点上的虚拟网卡 kube-ipvs0（ip addr show kube-ipvs0 可以列出它们）。',
        ),
      },
    },
  },

  'service-types': {
    id: 'service-types',
    keywords: ['Service type', 'spec.type', 'ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'headless', 'Ingress', 'Gateway API', 'Service 类型', '服务类型', '服务暴露'],
    docs: [
      { url: `${SERVICE_DOC}#publishing-services-service-types`, label: 'Service types' },
    ],
    commands: [
      { kubectl: 'kubectl get svc -A', note: { en: 'The TYPE column.', zh: '见 TYPE 一列。' } },
      { kubectl: 'kubectl expose deployment web --port=80 --type=NodePort' },
    ],
    related: ['service', 'service-type-cluster-ip', 'service-type-node-port', 'service-type-load-balancer', 'service-type-external-name', 'service-headless'],
    text: {
      en: {
        title: 'Service types',
        summary: 'spec.type decides how a Service is reached: ClusterIP, NodePort, LoadBalancer or ExternalName.',
        body: p(
          'ClusterIP (the default) gives a virtual IP reachable only inside the cluster. NodePort adds a port on every node\'s IP. LoadBalancer adds an external load balancer provisioned by the cloud or a bare-metal implementation. ExternalName is different: it only publishes a DNS alias to another hostname.',
          'The first three build on each other: a NodePort Service also has a cluster IP, and a LoadBalancer Service normally also has node ports. A headless Service is not a separate type but a ClusterIP Service with clusterIP: None.',
          'For HTTP routing by hostname or path, Kubernetes uses Ingress or the Gateway API in front of ordinary Services rather than another Service type.',
        ),
      },
      zh: {
        title: 'Service 类型',
        summary: 'spec.type 决定 Service 的访问方式：ClusterIP、NodePort、LoadBalancer 或 ExternalName。',
        body: p(
          'ClusterIP（默认）提供一个只能在集群内部访问的虚拟 IP；NodePort 在此基础上在每个节点 IP 上开放一个端口；LoadBalancer 再加上由云厂商或裸金属方案提供的外部负载均衡器。ExternalName 则不同：它只发布一个指向其他主机名的 DNS 别名。',
          '前三种逐层叠加：NodePort 类型的 Service 同样有集群 IP，LoadBalancer 类型的 Service 通常也有节点端口。无头 Service 并不是单独的类型，而是设置了 clusterIP: None 的 ClusterIP Service。',
          '需要按主机名或路径做 HTTP 路由时，Kubernetes 在普通 Service 前面使用 Ingress 或 Gateway API，而不是另一种 Service 类型。',
        ),
      },
    },
  },

  'service-type-cluster-ip': {
    id: 'service-type-cluster-ip',
    keywords: ['type: ClusterIP', 'ClusterIP', 'internal service', 'port-forward', '集群内部访问', '内部服务'],
    docs: [
      { url: `${SERVICE_DOC}#type-clusterip`, label: 'type: ClusterIP' },
    ],
    commands: [
      { kubectl: 'kubectl get svc <svc>' },
      { kubectl: 'kubectl port-forward svc/<svc> 8080:80', note: { en: 'The usual way to reach a ClusterIP Service from your laptop.', zh: '从自己电脑访问 ClusterIP Service 的常用办法。' } },
    ],
    related: ['service-types', 'cluster-ip', 'service', 'service-discovery', 'docker-network-bridge'],
    text: {
      en: {
        title: 'ClusterIP Service',
        summary: 'The default Service type: a virtual IP and DNS name reachable only from inside the cluster.',
        body: p(
          'A ClusterIP Service is for traffic between workloads in the cluster, such as a frontend calling an API or an app reaching its database. Other Pods use its DNS name; nothing outside the cluster can reach it directly.',
          'It resembles containers on a user-defined Docker network that find each other by name without publishing ports. To test one from your own machine, use `kubectl port-forward`; to expose it to the outside, change the type or put an Ingress or Gateway in front.',
        ),
      },
      zh: {
        title: 'ClusterIP 类型 Service',
        summary: '默认的 Service 类型：只能在集群内部访问的虚拟 IP 和 DNS 名称。',
        body: p(
          'ClusterIP Service 用于集群内工作负载之间的通信，例如前端调用 API、应用访问数据库。其他 Pod 通过它的 DNS 名称访问它；集群外部无法直接访问。',
          '它类似于同一个用户自定义 Docker 网络中的容器：彼此按名字访问，无需发布端口。要在自己的电脑上测试，可以使用 `kubectl port-forward`；要对外暴露，则更改类型，或在前面放置 Ingress 或 Gateway。',
        ),
      },
    },
  },

  'service-type-node-port': {
    id: 'service-type-node-port',
    keywords: ['NodePort', 'type: NodePort', 'nodePort', '30000-32767', 'externalTrafficPolicy', '节点端口', '端口映射'],
    docs: [
      { url: `${SERVICE_DOC}#type-nodeport`, label: 'type: NodePort' },
    ],
    commands: [
      { kubectl: 'kubectl expose deployment web --port=80 --type=NodePort', docker: 'docker run -p 30080:80 <image>', note: { en: 'Like publishing a host port, but the port opens on every node.', zh: '类似于发布主机端口，但端口会在每个节点上开放。' } },
      { kubectl: "kubectl get svc <svc> -o jsonpath='{.spec.ports[*].nodePort}'" },
    ],
    related: ['service-types', 'service-type-cluster-ip', 'service-type-load-balancer', 'kube-proxy', 'node', 'docker-network-bridge'],
    text: {
      en: {
        title: 'NodePort Service',
        summary: 'Opens the same port (30000-32767 by default) on every node and forwards it to the Service.',
        body: p(
          'A NodePort Service gets a cluster IP and, in addition, a port from the node-port range (30000-32767 unless the cluster is configured otherwise). Traffic to <any node IP>:<nodePort> is forwarded to one of the Service\'s ready Pods, even if that Pod runs on another node. You can pick the port yourself or let Kubernetes choose.',
          'With externalTrafficPolicy: Local, only nodes that run a ready Pod of the Service accept the traffic, which preserves the client\'s source IP. NodePort is handy for labs and for feeding an external load balancer you manage yourself; it is the Kubernetes relative of `docker run -p`.',
        ),
      },
      zh: {
        title: 'NodePort 类型 Service',
        summary: '在每个节点上开放同一个端口（默认范围 30000-32767），并转发到该 Service。',
        body: p(
          'NodePort Service 除了集群 IP 之外，还从节点端口范围（除非集群另有配置，否则为 30000-32767）中分配一个端口。发往 <任一节点 IP>:<nodePort> 的流量会被转发到 Service 的某个就绪 Pod，即使该 Pod 运行在别的节点上。端口可以自己指定，也可以由 Kubernetes 自动选择。',
          '设置 externalTrafficPolicy: Local 时，只有运行着该 Service 就绪 Pod 的节点才接收流量，从而保留客户端的源 IP。NodePort 适合实验环境，或者为你自己管理的外部负载均衡器提供后端；它相当于 Kubernetes 版的 `docker run -p`。',
        ),
      },
    },
  },

  'service-type-load-balancer': {
    id: 'service-type-load-balancer',
    keywords: ['LoadBalancer', 'type: LoadBalancer', 'EXTERNAL-IP', '<pending>', 'cloud load balancer', 'MetalLB', 'cloud-controller-manager', '负载均衡器', '负载均衡', '外部 IP', '云负载均衡'],
    docs: [
      { url: `${SERVICE_DOC}#loadbalancer`, label: 'type: LoadBalancer' },
      { url: 'https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/', label: 'Create an External Load Balancer' },
    ],
    commands: [
      { kubectl: 'kubectl get svc <svc>', note: { en: 'EXTERNAL-IP stays <pending> until a load balancer is provisioned (on kind or minikube, until a helper such as minikube tunnel runs).', zh: '在负载均衡器创建完成之前，EXTERNAL-IP 一直显示 <pending>（在 kind、minikube 上需运行 minikube tunnel 之类的辅助工具）。' } },
      { kubectl: 'kubectl describe svc <svc>', note: { en: 'Events show the cloud controller\'s progress or errors.', zh: '事件中可以看到云控制器的进展或错误。' } },
    ],
    related: ['service-types', 'service-type-node-port', 'service', 'control-plane'],
    text: {
      en: {
        title: 'LoadBalancer Service',
        summary: 'Asks the infrastructure for an external load balancer that sends traffic to the Service.',
        body: p(
          'Setting type: LoadBalancer asks whatever implements load balancers in the cluster, usually the cloud provider\'s controller or something like MetalLB on bare metal, to create one. When it is ready, its address appears in status.loadBalancer.ingress and in the EXTERNAL-IP column.',
          'The Service also gets a cluster IP and normally node ports, which the external load balancer forwards to. If nothing in the cluster provisions load balancers, as on a plain kind or minikube cluster, EXTERNAL-IP stays <pending> forever; the Service still works internally.',
        ),
      },
      zh: {
        title: 'LoadBalancer 类型 Service',
        summary: '向基础设施申请一个外部负载均衡器，把流量送到该 Service。',
        body: p(
          '设置 type: LoadBalancer 后，集群中负责实现负载均衡器的组件（通常是云厂商的控制器，裸金属环境下则是 MetalLB 之类的方案）会创建一个负载均衡器。创建完成后，它的地址会出现在 status.loadBalancer.ingress 以及 EXTERNAL-IP 一列中。',
          '这种 Service 同样有集群 IP，通常也有节点端口，外部负载均衡器把流量转发到这些端口。如果集群中没有任何组件负责创建负载均衡器（例如普通的 kind 或 minikube 集群），EXTERNAL-IP 会一直是 <pending>，但 Service 在集群内部仍然可用。',
        ),
      },
    },
  },

  'service-type-external-name': {
    id: 'service-type-external-name',
    keywords: ['ExternalName', 'type: ExternalName', 'CNAME', 'DNS alias', 'external service', '外部服务', '域名别名'],
    docs: [
      { url: `${SERVICE_DOC}#externalname`, label: 'type: ExternalName' },
    ],
    commands: [
      { kubectl: 'kubectl create service externalname db --external-name=db.example.com' },
      { kubectl: 'kubectl exec <pod> -- nslookup db', note: { en: 'Returns a CNAME to db.example.com.', zh: '返回指向 db.example.com 的 CNAME 记录。' } },
    ],
    related: ['service-types', 'coredns', 'service-discovery', 'service'],
    text: {
      en: {
        title: 'ExternalName Service',
        summary: 'A Service that is only a DNS alias (CNAME) to a name outside the cluster: no IP, no proxying, no endpoints.',
        body: p(
          'An ExternalName Service maps a name inside the cluster, such as db.prod.svc.cluster.local, to spec.externalName, for example db.example.com. Cluster DNS answers with a CNAME record; there is no selector, no cluster IP, no EndpointSlice and no kube-proxy rule.',
          'It lets applications use one in-cluster name while the real target lives elsewhere and may change later. Because clients connect to the external host directly, protocols that check the hostname (HTTP Host headers, TLS certificates) see the name the client used, which may not match what the external server expects.',
        ),
      },
      zh: {
        title: 'ExternalName 类型 Service',
        summary: '只是一个指向集群外部名字的 DNS 别名（CNAME）：没有 IP，不做代理，也没有端点。',
        body: p(
          'ExternalName Service 把集群内的一个名字（如 db.prod.svc.cluster.local）映射到 spec.externalName（如 db.example.com）。集群 DNS 以 CNAME 记录应答；它没有选择算符、没有集群 IP、没有 EndpointSlice，也没有 kube-proxy 规则。',
          '这样应用可以使用一个集群内的名字，而真实目标位于别处、以后也可以更换。由于客户端是直接连接外部主机的，会校验主机名的协议（HTTP 的 Host 头、TLS 证书）看到的是客户端使用的名字，可能与外部服务器期望的不一致。',
        ),
      },
    },
  },

  'service-headless': {
    id: 'service-headless',
    keywords: ['headless', 'headless Service', 'clusterIP: None', 'StatefulSet', 'pod DNS', 'publishNotReadyAddresses', '无头服务', '无头 Service', 'Headless'],
    docs: [
      { url: `${SERVICE_DOC}#headless-services`, label: 'Headless Services' },
      { url: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/', label: 'DNS for Services and Pods' },
    ],
    commands: [
      { kubectl: 'kubectl get svc', note: { en: 'CLUSTER-IP shows None for a headless Service.', zh: '无头 Service 的 CLUSTER-IP 显示为 None。' } },
      { kubectl: 'kubectl exec <pod> -- nslookup <svc>', note: { en: 'Returns one address per ready Pod instead of a single cluster IP.', zh: '返回每个就绪 Pod 的地址，而不是单个集群 IP。' } },
    ],
    related: ['service', 'cluster-ip', 'coredns', 'service-discovery', 'endpointslice', 'service-types'],
    text: {
      en: {
        title: 'Headless Service',
        summary: 'A Service with clusterIP: None: no virtual IP and no proxying; DNS returns the Pods\' own IPs.',
        body: p(
          'Setting clusterIP: None creates a headless Service. kube-proxy ignores it, and for a Service with a selector, cluster DNS returns the IP addresses of its ready Pods directly, so clients choose a Pod (and do their own load balancing) instead of going through a virtual IP.',
          'StatefulSets rely on it: with a headless governing Service, each Pod gets a stable DNS name such as db-0.db.default.svc.cluster.local, which clustered databases use to find their peers. publishNotReadyAddresses: true also publishes Pods that are not Ready yet, which helps peers discover each other during startup.',
        ),
      },
      zh: {
        title: '无头 Service（Headless Service）',
        summary: 'clusterIP: None 的 Service：没有虚拟 IP，不做代理，DNS 直接返回各 Pod 的 IP。',
        body: p(
          '设置 clusterIP: None 即创建无头 Service。kube-proxy 不处理它；对于带选择算符的无头 Service，集群 DNS 直接返回其就绪 Pod 的 IP 地址，客户端自行选择 Pod（并自行负载均衡），而不是经过虚拟 IP。',
          'StatefulSet 依赖它：有了作为“管理服务”的无头 Service，每个 Pod 都会获得稳定的 DNS 名称，如 db-0.db.default.svc.cluster.local，集群化的数据库借此找到彼此。设置 publishNotReadyAddresses: true 还会发布尚未就绪的 Pod，方便它们在启动阶段互相发现。',
        ),
      },
    },
  },

  'service-discovery': {
    id: 'service-discovery',
    keywords: ['service discovery', 'DNS', 'environment variables', 'enableServiceLinks', 'SERVICE_HOST', 'SERVICE_PORT', 'svc.cluster.local', 'service registration', '服务发现', '服务注册', '环境变量', '域名'],
    docs: [
      { url: `${SERVICE_DOC}#discovering-services`, label: 'Discovering services' },
      { url: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/', label: 'DNS for Services and Pods' },
    ],
    commands: [
      { kubectl: 'kubectl exec <pod> -- nslookup <svc>.<namespace>', docker: 'docker exec <container> nslookup <other-container>', note: { en: 'Docker offers name lookup between containers on a user-defined network; Kubernetes gives every Service a DNS name.', zh: 'Docker 在用户自定义网络中提供容器间的名字解析；Kubernetes 为每个 Service 提供 DNS 名称。' } },
      { kubectl: 'kubectl exec <pod> -- env', note: { en: 'Look for <NAME>_SERVICE_HOST and <NAME>_SERVICE_PORT variables.', zh: '查找 <NAME>_SERVICE_HOST 和 <NAME>_SERVICE_PORT 变量。' } },
    ],
    related: ['service', 'coredns', 'namespace', 'label-selector', 'endpointslice', 'service-headless'],
    text: {
      en: {
        title: 'Service discovery',
        summary: 'How a Pod finds a Service: mainly by DNS name through CoreDNS, and partly through environment variables.',
        body: p(
          'DNS is the main mechanism. Every Service gets a name <service>.<namespace>.svc.cluster.local, answered by CoreDNS; within the same namespace the short name (web) is enough, from another namespace use web.<namespace>. DNS always reflects the current Services, whenever they were created.',
          'The kubelet also injects environment variables such as WEB_SERVICE_HOST and WEB_SERVICE_PORT, plus Docker-links-style variables, for each Service in the Pod\'s namespace, controlled by spec.enableServiceLinks (true by default). KUBERNETES_SERVICE_HOST for the API server is always present.',
          'Nothing registers itself. A Service\'s selector picks Pods by label, and the EndpointSlice controller keeps the list of ready ones current, so a Pod joins a Service simply by carrying the right labels and passing its readiness checks.',
        ),
        misconception: {
          belief: 'When a Pod starts it loads every Service as environment variables, and Pods register themselves with the Service.',
          correction: 'Environment variables exist only for Services that already existed, in the Pod\'s own namespace, when the Pod started (and only if enableServiceLinks is on); later Services never appear. DNS through CoreDNS is the main discovery mechanism. Pods never register: the Service selects them by label and the EndpointSlice controller tracks which are ready.',
        },
      },
      zh: {
        title: '服务发现',
        summary: 'Pod 如何找到 Service：主要通过 CoreDNS 提供的 DNS 名称，部分通过环境变量。',
        body: p(
          'DNS 是主要机制。每个 Service 都有一个名字 <服务名>.<命名空间>.svc.cluster.local，由 CoreDNS 应答；同一命名空间内用短名字（如 web）即可，跨命名空间则用 web.<命名空间>。无论 Service 何时创建，DNS 始终反映当前存在的 Service。',
          'kubelet 还会为 Pod 所在命名空间中的每个 Service 注入 WEB_SERVICE_HOST、WEB_SERVICE_PORT 这类环境变量，以及兼容 Docker links 风格的变量，是否注入由 spec.enableServiceLinks 控制（默认 true）。指向 API 服务器的 KUBERNETES_SERVICE_HOST 则总是存在。',
          '没有任何东西需要“注册”。Service 的选择算符按标签选出 Pod，EndpointSlice 控制器持续更新其中就绪 Pod 的列表；因此一个 Pod 只要带有正确的标签并通过就绪检查，就自然加入了该 Service。',
        ),
        misconception: {
          belief: 'Pod 启动时会把所有 Service 加载为环境变量，Pod 会向 Service 注册自己（即“服务注册”）。',
          correction: '环境变量只包含 Pod 启动时已经存在、且位于 Pod 自己命名空间中的 Service（并且需要开启 enableServiceLinks）；之后创建的 Service 不会出现。主要的发现机制是 CoreDNS 提供的 DNS。Pod 从不注册：Service 按标签选择 Pod，EndpointSlice 控制器跟踪其中哪些已就绪。',
        },
      },
    },
  },

  'target-port': {
    id: 'target-port',
    keywords: ['targetPort', 'port', 'nodePort', 'containerPort', 'named port', 'connection refused', '目标端口', '端口', '容器端口', '具名端口'],
    docs: [
      { url: `${SERVICE_DOC}#defining-a-service`, label: 'Defining a Service' },
      { url: 'https://kubernetes.io/docs/concepts/services-networking/connect-applications-service/', label: 'Connecting Applications with Services' },
    ],
    commands: [
      { kubectl: "kubectl get svc <svc> -o jsonpath='{.spec.ports}'", docker: 'docker port <container>' },
      { kubectl: 'kubectl describe svc <svc>', note: { en: 'Compare TargetPort with the port the container actually listens on.', zh: '核对 TargetPort 与容器实际监听的端口是否一致。' } },
    ],
    related: ['service', 'endpointslice', 'service-type-node-port', 'pod'],
    text: {
      en: {
        title: 'targetPort',
        summary: 'The port on the Pods that a Service forwards to; port is what clients use, targetPort is where the app listens.',
        body: p(
          'Each entry in a Service\'s spec.ports has a port (what clients connect to on the Service\'s IP and DNS name), a targetPort (where traffic is sent on each Pod) and, for NodePort and LoadBalancer Services, a nodePort. If targetPort is omitted it equals port. In Docker terms, `-p 8080:80` maps a host port to container port 80; targetPort plays the role of the 80.',
          'targetPort may be a name, such as http, that refers to a named containerPort in the Pod template. Different Pods can then listen on different numbers and the Service still reaches each of them. containerPort itself is mostly informational: a process listening on an undeclared port is still reachable.',
          'A wrong targetPort is a classic failure: the Service has ready endpoints, yet connections are refused or time out because nothing listens on that port in the Pods.',
        ),
      },
      zh: {
        title: 'targetPort（目标端口）',
        summary: 'Service 转发到 Pod 上的端口：port 是客户端使用的端口，targetPort 是应用监听的端口。',
        body: p(
          'Service 的 spec.ports 中每一项都有 port（客户端通过 Service 的 IP 和 DNS 名称连接的端口）、targetPort（流量在每个 Pod 上的目标端口），对于 NodePort 和 LoadBalancer 类型还有 nodePort。省略 targetPort 时它等于 port。用 Docker 的说法，`-p 8080:80` 把主机端口映射到容器的 80 端口，targetPort 相当于其中的 80。',
          'targetPort 可以是一个名字（如 http），引用 Pod 模板中具名的 containerPort。这样不同的 Pod 可以监听不同的端口号，Service 依然能正确到达每一个。containerPort 本身主要起说明作用：进程即使监听一个未声明的端口，也照样可以访问。',
          'targetPort 写错是典型故障：Service 明明有就绪的端点，连接却被拒绝或超时，因为 Pod 里没有进程在那个端口上监听。',
        ),
      },
    },
  },
};
