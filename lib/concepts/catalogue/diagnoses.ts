import type { DiagnosisId } from '../ids';
import type { DiagnosisEntry } from '../types';

/**
 * Text for every diagnosis lib/explain can emit. `{name}` placeholders are
 * filled from Diagnosis.params by diagnosisText(); each field uses the same
 * placeholders in both languages. Params each entry expects:
 *
 * | id                            | params                                                     |
 * |-------------------------------|------------------------------------------------------------|
 * | unschedulable                 | pod, namespace, nodes, reasons                              |
 * | image-pull-failed             | pod, namespace, container, image, reason, message           |
 * | invalid-image-name            | pod, namespace, container, image                            |
 * | crash-loop-backoff            | pod, namespace, container, restartCount, backoffSeconds, reason, exitCode |
 * | oom-killed                    | pod, namespace, container, limit                            |
 * | readiness-failing             | pod, namespace, container, message                          |
 * | liveness-failing              | pod, namespace, container, probe, restartCount, message     |
 * | create-container-config-error | pod, namespace, container, kind, name, key, message         |
 * | evicted                       | pod, namespace, node, message                               |
 * | stuck-terminating             | pod, namespace, secondsOver, finalizers, node               |
 * | init-container-failing        | pod, namespace, container, reason, exitCode, restartCount   |
 * | container-failed              | pod, namespace, container, reason, exitCode                 |
 * | node-not-ready                | node, reason, message                                       |
 * | node-pressure                 | node, conditions                                            |
 * | service-no-endpoints          | service, namespace, selector                                |
 * | service-no-ready-endpoints    | service, namespace, selector, matched                       |
 *
 * `reasons`, `finalizers` and `conditions` arrive pre-joined (e.g. "1 Insufficient cpu, 2 untolerated taint").
 */
export const diagnosisEntries: Record<DiagnosisId, DiagnosisEntry> = {
  unschedulable: {
    id: 'unschedulable',
    conceptIds: ['condition-pod-scheduled', 'kube-scheduler', 'resources', 'node-allocatable', 'taints-tolerations', 'phase-pending'],
    text: {
      en: {
        title: 'No node can run this Pod',
        summary: 'The scheduler checked {nodes} nodes and none fits: {reasons}. The Pod stays Pending until something changes.',
        nextStep:
          'Read the FailedScheduling event with kubectl describe pod {pod} -n {namespace}. For "Insufficient cpu/memory", compare the Pod\'s requests with kubectl describe nodes (Allocatable and Allocated resources) and lower the requests or add capacity. For "untolerated taint", check kubectl get nodes -o jsonpath=\'{.items[*].spec.taints}\' and add a toleration only if the Pod really belongs there. For affinity or nodeSelector mismatches, compare them with kubectl get nodes --show-labels.',
      },
      zh: {
        title: '没有节点能运行这个 Pod',
        summary: '调度器检查了 {nodes} 个节点，没有一个合适：{reasons}。在情况变化之前，Pod 会一直处于 Pending。',
        nextStep:
          '用 kubectl describe pod {pod} -n {namespace} 查看 FailedScheduling 事件。如果是 “Insufficient cpu/memory”，用 kubectl describe nodes（Allocatable 和 Allocated resources 部分）对比 Pod 的资源请求，然后降低请求或增加节点容量。如果是 “untolerated taint”，用 kubectl get nodes -o jsonpath=\'{.items[*].spec.taints}\' 查看污点，只有 Pod 确实应该运行在那里时才添加容忍。如果是亲和性或 nodeSelector 不匹配，用 kubectl get nodes --show-labels 对照节点标签。',
      },
    },
  },

  'image-pull-failed': {
    id: 'image-pull-failed',
    conceptIds: ['reason-err-image-pull', 'reason-image-pull-backoff', 'image-pull-policy', 'image'],
    text: {
      en: {
        title: 'Cannot pull the image for {container}',
        summary: 'Pulling {image} failed ({reason}): {message}',
        nextStep:
          'Check the image name and tag for typos and that the tag exists in the registry. "not found" or "manifest unknown" means a wrong name or tag; "unauthorized" or "denied" means credentials: create a Secret with kubectl create secret docker-registry <name> -n {namespace} ... and list it under spec.imagePullSecrets. Timeouts point at the node\'s network or proxy. Events: kubectl describe pod {pod} -n {namespace}.',
      },
      zh: {
        title: '无法拉取容器 {container} 的镜像',
        summary: '拉取 {image} 失败（{reason}）：{message}',
        nextStep:
          '检查镜像名称和标签是否有拼写错误，以及该标签在镜像仓库中是否存在。“not found” 或 “manifest unknown” 表示名称或标签错误；“unauthorized” 或 “denied” 表示缺少凭据：用 kubectl create secret docker-registry <name> -n {namespace} ... 创建 Secret，并写入 spec.imagePullSecrets。超时则指向节点的网络或代理。查看事件：kubectl describe pod {pod} -n {namespace}。',
      },
    },
  },

  'invalid-image-name': {
    id: 'invalid-image-name',
    conceptIds: ['reason-invalid-image-name', 'image'],
    text: {
      en: {
        title: 'Invalid image name for {container}',
        summary: '"{image}" is not a valid image reference, so the kubelet will not even try to pull it.',
        nextStep:
          'Fix the image field: [registry[:port]/]repository[:tag][@sha256:digest], lower-case repository, no scheme or spaces. If a Deployment owns the Pod, fix it there, e.g. kubectl set image deployment/<name> {container}=<image> -n {namespace}; check with kubectl get pod {pod} -n {namespace} -o jsonpath=\'{.spec.containers[*].image}\'.',
      },
      zh: {
        title: '容器 {container} 的镜像名无效',
        summary: '“{image}” 不是合法的镜像引用，kubelet 根本不会尝试拉取。',
        nextStep:
          '修正 image 字段，格式为 [registry[:port]/]repository[:tag][@sha256:digest]，仓库名小写，不带协议前缀和空格。如果 Pod 属于某个 Deployment，请在 Deployment 中修改，例如 kubectl set image deployment/<name> {container}=<image> -n {namespace}；用 kubectl get pod {pod} -n {namespace} -o jsonpath=\'{.spec.containers[*].image}\' 核对。',
      },
    },
  },

  'crash-loop-backoff': {
    id: 'crash-loop-backoff',
    conceptIds: ['reason-crash-loop-backoff', 'restart-policy', 'container-states'],
    text: {
      en: {
        title: 'Container {container} keeps crashing',
        summary: 'It has restarted {restartCount} times; last time it stopped with {reason} (exit code {exitCode}). The kubelet waits {backoffSeconds}s before the next start.',
        nextStep:
          'Read the output of the crashed instance: kubectl logs {pod} -n {namespace} -c {container} --previous. Then check Last State in kubectl describe pod {pod} -n {namespace}: exit 137 with OOMKilled means memory, 128/StartError a wrong command, exit 0 a process that finishes although restartPolicy is Always.',
      },
      zh: {
        title: '容器 {container} 反复崩溃',
        summary: '已重启 {restartCount} 次；上次以 {reason} 结束（退出码 {exitCode}）。kubelet 将在 {backoffSeconds} 秒后再次启动它。',
        nextStep:
          '先看崩溃那个实例的输出：kubectl logs {pod} -n {namespace} -c {container} --previous。再看 kubectl describe pod {pod} -n {namespace} 中的 Last State：退出码 137 且为 OOMKilled 是内存问题，128/StartError 是启动命令错误，退出码 0 则是进程正常结束、但 restartPolicy 为 Always 仍会重启它。',
      },
    },
  },

  'oom-killed': {
    id: 'oom-killed',
    conceptIds: ['reason-oom-killed', 'resources', 'qos-class'],
    text: {
      en: {
        title: 'Container {container} ran out of memory',
        summary: 'The kernel killed it (OOMKilled, exit code 137) for going over its memory limit of {limit}.',
        nextStep:
          'Compare the limit with real usage: kubectl top pod {pod} -n {namespace} --containers (needs metrics-server). Raise resources.limits.memory, or make the application use less, e.g. size the JVM or Node.js heap below {limit}. Output before the kill: kubectl logs {pod} -n {namespace} -c {container} --previous.',
      },
      zh: {
        title: '容器 {container} 内存不足',
        summary: '它超过了 {limit} 的内存限制，被内核杀死（OOMKilled，退出码 137）。',
        nextStep:
          '对比限制和实际用量：kubectl top pod {pod} -n {namespace} --containers（需要 metrics-server）。提高 resources.limits.memory，或降低应用的内存占用，例如把 JVM 或 Node.js 的堆大小设得低于 {limit}。被杀前的输出：kubectl logs {pod} -n {namespace} -c {container} --previous。',
      },
    },
  },

  'readiness-failing': {
    id: 'readiness-failing',
    conceptIds: ['readiness-probe', 'condition-ready', 'endpointslice'],
    text: {
      en: {
        title: 'Container {container} is not ready',
        summary: 'Its readiness probe is failing ({message}). It keeps running but gets no Service traffic; it will not be restarted for this.',
        nextStep:
          'See the Unhealthy events: kubectl describe pod {pod} -n {namespace}. Check that the probe\'s port and path match what the app serves, and try it from inside: kubectl exec {pod} -n {namespace} -c {container} -- <the probe command or a curl to that path>. Increase timeoutSeconds or failureThreshold if the app is just slow.',
      },
      zh: {
        title: '容器 {container} 未就绪',
        summary: '它的就绪探针检查失败（{message}）。容器仍在运行，但收不到 Service 流量；不会因此被重启。',
        nextStep:
          '查看 Unhealthy 事件：kubectl describe pod {pod} -n {namespace}。确认探针的端口和路径与应用实际提供的一致，并在容器内试一下：kubectl exec {pod} -n {namespace} -c {container} -- <探针命令，或对该路径的 curl>。如果应用只是响应慢，可以调大 timeoutSeconds 或 failureThreshold。',
      },
    },
  },

  'liveness-failing': {
    id: 'liveness-failing',
    conceptIds: ['liveness-probe', 'startup-probe', 'restart-policy'],
    text: {
      en: {
        title: 'The {probe} probe of {container} is failing',
        summary: 'The kubelet kills and restarts the container when this check fails; it has restarted {restartCount} times. Last failure: {message}',
        nextStep:
          'See the Unhealthy and Killing events: kubectl describe pod {pod} -n {namespace}, and the killed instance\'s output: kubectl logs {pod} -n {namespace} -c {container} --previous. If the app is only slow to start, add a startupProbe rather than a longer initialDelaySeconds; make sure the probe checks the process itself, not a shared dependency.',
      },
      zh: {
        title: '容器 {container} 的 {probe} 探针检查失败',
        summary: '这项检查失败时，kubelet 会杀掉并重启容器；它已重启 {restartCount} 次。最近一次失败：{message}',
        nextStep:
          '查看 Unhealthy 和 Killing 事件：kubectl describe pod {pod} -n {namespace}；查看被杀实例的输出：kubectl logs {pod} -n {namespace} -c {container} --previous。如果应用只是启动慢，请添加 startupProbe，而不是加大 initialDelaySeconds；确保探针检查的是进程本身，而不是共享的外部依赖。',
      },
    },
  },

  'create-container-config-error': {
    id: 'create-container-config-error',
    conceptIds: ['reason-create-container-config-error', 'configmap-secret-volumes'],
    text: {
      en: {
        title: 'Container {container} cannot be configured',
        summary: 'The kubelet could not build its configuration: {message}',
        nextStep:
          'Check that {kind} {name} exists in namespace {namespace} and contains the key {key}: kubectl get {kind} {name} -n {namespace} -o yaml. Create it, add the key, or mark the reference optional: true. The kubelet retries on its own, so no redeploy is needed. Events: kubectl describe pod {pod} -n {namespace}.',
      },
      zh: {
        title: '无法生成容器 {container} 的配置',
        summary: 'kubelet 无法生成它的配置：{message}',
        nextStep:
          '确认命名空间 {namespace} 中存在 {kind} {name}，且包含键 {key}：kubectl get {kind} {name} -n {namespace} -o yaml。创建该对象、补上该键，或把引用标记为 optional: true。kubelet 会自行重试，无需重新部署。查看事件：kubectl describe pod {pod} -n {namespace}。',
      },
    },
  },

  evicted: {
    id: 'evicted',
    conceptIds: ['node-condition-memory-pressure', 'node-condition-disk-pressure', 'qos-class', 'phase-failed'],
    text: {
      en: {
        title: 'Pod was evicted from node {node}',
        summary: 'The kubelet on {node} evicted it to reclaim resources: {message}',
        nextStep:
          'See which resource ran short with kubectl describe node {node} (Conditions and Events). Give the Pod realistic requests so it is not the first to go (BestEffort and Pods above their requests are evicted first), and set ephemeral-storage limits if disk was the cause. If a controller owns the Pod it has already been replaced; remove the leftover record with kubectl delete pod {pod} -n {namespace}.',
      },
      zh: {
        title: 'Pod 已被从节点 {node} 驱逐',
        summary: '{node} 上的 kubelet 为回收资源驱逐了它：{message}',
        nextStep:
          '用 kubectl describe node {node}（Conditions 和 Events 部分）查看是哪种资源不足。为 Pod 设置符合实际的资源请求，避免它最先被驱逐（BestEffort 和用量超过请求的 Pod 会被优先驱逐）；如果是磁盘原因，请设置 ephemeral-storage 限制。若 Pod 属于某个控制器，替代 Pod 已经创建；用 kubectl delete pod {pod} -n {namespace} 删除残留记录。',
      },
    },
  },

  'stuck-terminating': {
    id: 'stuck-terminating',
    conceptIds: ['pod-deletion-flow', 'finalizers', 'taint-unreachable'],
    text: {
      en: {
        title: 'Pod is stuck in Terminating',
        summary: 'Deletion was requested, but the Pod is still here {secondsOver}s after its grace period ended. Finalizers: {finalizers}. Node: {node}.',
        nextStep:
          'If finalizers are listed, the controller that owns them has not finished; check that it is running (kubectl get pod {pod} -n {namespace} -o jsonpath=\'{.metadata.finalizers}\'). If the node is NotReady or gone, the kubelet cannot confirm the shutdown: check kubectl get node {node}. Only when you are sure the containers are no longer running, force it: kubectl delete pod {pod} -n {namespace} --force --grace-period=0.',
      },
      zh: {
        title: 'Pod 卡在 Terminating',
        summary: '已经请求删除，但宽限期结束 {secondsOver} 秒后 Pod 仍然存在。终结器：{finalizers}。节点：{node}。',
        nextStep:
          '如果列出了终结器，说明负责它们的控制器还没处理完；确认该控制器在运行（kubectl get pod {pod} -n {namespace} -o jsonpath=\'{.metadata.finalizers}\'）。如果节点 NotReady 或已不存在，kubelet 无法确认容器已停止：用 kubectl get node {node} 查看。只有在确定容器已不再运行时，才强制删除：kubectl delete pod {pod} -n {namespace} --force --grace-period=0。',
      },
    },
  },

  'init-container-failing': {
    id: 'init-container-failing',
    conceptIds: ['init-containers', 'condition-initialized', 'reason-pod-initializing'],
    text: {
      en: {
        title: 'Init container {container} is failing',
        summary: 'It stopped with {reason} (exit code {exitCode}) and has restarted {restartCount} times. The app containers will not start until it succeeds.',
        nextStep:
          'Read its output: kubectl logs {pod} -n {namespace} -c {container} --previous (without --previous if it has not restarted). Init containers often wait for a Service or run a migration; check that what it depends on exists and is reachable from the namespace {namespace}.',
      },
      zh: {
        title: 'Init 容器 {container} 失败',
        summary: '它以 {reason} 结束（退出码 {exitCode}），已重启 {restartCount} 次。在它成功之前，应用容器不会启动。',
        nextStep:
          '查看它的输出：kubectl logs {pod} -n {namespace} -c {container} --previous（若尚未重启则去掉 --previous）。Init 容器通常在等待某个 Service 或执行迁移；确认它依赖的对象存在，并且在命名空间 {namespace} 中可以访问到。',
      },
    },
  },

  'container-failed': {
    id: 'container-failed',
    conceptIds: ['reason-error', 'container-states', 'phase-failed', 'restart-policy'],
    text: {
      en: {
        title: 'Container {container} failed',
        summary: 'It terminated with {reason} (exit code {exitCode}).',
        nextStep:
          'Read its output: kubectl logs {pod} -n {namespace} -c {container}. Exit codes above 128 mean a signal (137 = SIGKILL, 143 = SIGTERM); 1 usually comes from the application. kubectl describe pod {pod} -n {namespace} shows the full terminated state and events.',
      },
      zh: {
        title: '容器 {container} 失败',
        summary: '它以 {reason} 终止（退出码 {exitCode}）。',
        nextStep:
          '查看它的输出：kubectl logs {pod} -n {namespace} -c {container}。退出码大于 128 表示被信号终止（137 = SIGKILL，143 = SIGTERM）；1 通常来自应用本身。kubectl describe pod {pod} -n {namespace} 显示完整的终止状态和事件。',
      },
    },
  },

  'node-not-ready': {
    id: 'node-not-ready',
    conceptIds: ['node-condition-ready', 'taint-not-ready', 'taint-unreachable', 'kubelet', 'lease'],
    text: {
      en: {
        title: 'Node {node} is not Ready',
        summary: 'Its Ready condition is not True ({reason}): {message}. New Pods are not scheduled there, and its Pods are evicted after their 300 s toleration.',
        nextStep:
          'kubectl describe node {node} shows the conditions and events; kubectl get lease {node} -n kube-node-lease shows the last heartbeat (renewTime). If the kubelet stopped reporting, check the machine: systemctl status kubelet and journalctl -u kubelet, and the container runtime (systemctl status containerd).',
      },
      zh: {
        title: '节点 {node} 未就绪',
        summary: '它的 Ready 状况不为 True（{reason}）：{message}。新 Pod 不会再调度到这里，其上的 Pod 在 300 秒容忍期过后会被驱逐。',
        nextStep:
          'kubectl describe node {node} 显示状况和事件；kubectl get lease {node} -n kube-node-lease 显示最近一次心跳（renewTime）。如果 kubelet 已停止上报，请登录该机器检查：systemctl status kubelet 和 journalctl -u kubelet，以及容器运行时（systemctl status containerd）。',
      },
    },
  },

  'node-pressure': {
    id: 'node-pressure',
    conceptIds: ['node-conditions', 'node-condition-memory-pressure', 'node-condition-disk-pressure', 'node-condition-pid-pressure'],
    text: {
      en: {
        title: 'Node {node} is under resource pressure',
        summary: 'Active conditions: {conditions}. The node is tainted against new Pods and the kubelet may evict Pods to recover.',
        nextStep:
          'See the thresholds and evictions in kubectl describe node {node}. List what runs there: kubectl get pods -A -o wide --field-selector spec.nodeName={node}, and find the heaviest users with kubectl top pods -A --sort-by=memory. For disk pressure, look for large container logs and emptyDir data.',
      },
      zh: {
        title: '节点 {node} 资源紧张',
        summary: '当前生效的状况：{conditions}。节点已被加上阻止新 Pod 的污点，kubelet 可能驱逐 Pod 来恢复。',
        nextStep:
          '在 kubectl describe node {node} 中查看阈值和驱逐记录。列出该节点上的 Pod：kubectl get pods -A -o wide --field-selector spec.nodeName={node}，并用 kubectl top pods -A --sort-by=memory 找出用量最大的 Pod。如果是磁盘压力，重点检查过大的容器日志和 emptyDir 数据。',
      },
    },
  },

  'service-no-endpoints': {
    id: 'service-no-endpoints',
    conceptIds: ['service', 'label-selector', 'endpointslice'],
    text: {
      en: {
        title: 'Service {service} selects no Pods',
        summary: 'No Pod in namespace {namespace} matches its selector {selector}, so connections to the Service fail.',
        nextStep:
          'Compare the selector with the Pods\' labels: kubectl get pods -n {namespace} -l {selector} --show-labels (empty means no match) and kubectl get pods -n {namespace} --show-labels. A typo in a label, or Pods in another namespace, are the usual causes. Check the result with kubectl get endpointslices -n {namespace} -l kubernetes.io/service-name={service}.',
      },
      zh: {
        title: 'Service {service} 没有选中任何 Pod',
        summary: '命名空间 {namespace} 中没有 Pod 匹配它的选择算符 {selector}，因此连接这个 Service 会失败。',
        nextStep:
          '对比选择算符和 Pod 的标签：kubectl get pods -n {namespace} -l {selector} --show-labels（结果为空表示没有匹配），以及 kubectl get pods -n {namespace} --show-labels。常见原因是标签拼写错误，或 Pod 在另一个命名空间。用 kubectl get endpointslices -n {namespace} -l kubernetes.io/service-name={service} 检查结果。',
      },
    },
  },

  'service-no-ready-endpoints': {
    id: 'service-no-ready-endpoints',
    conceptIds: ['endpointslice', 'condition-ready', 'readiness-probe'],
    text: {
      en: {
        title: 'Service {service} has no ready Pods',
        summary: '{matched} Pods match the selector {selector}, but none is Ready, so the Service has nowhere to send traffic.',
        nextStep:
          'See why the Pods are not ready: kubectl get pods -n {namespace} -l {selector} (READY column), then kubectl describe pod <pod> -n {namespace} for failing readiness probes or crashing containers. kubectl get endpointslices -n {namespace} -l kubernetes.io/service-name={service} -o yaml shows each endpoint\'s ready, serving and terminating conditions.',
      },
      zh: {
        title: 'Service {service} 没有就绪的 Pod',
        summary: '有 {matched} 个 Pod 匹配选择算符 {selector}，但没有一个就绪，Service 无处转发流量。',
        nextStep:
          '查明 Pod 为何未就绪：kubectl get pods -n {namespace} -l {selector}（看 READY 列），再用 kubectl describe pod <pod> -n {namespace} 查找失败的就绪探针或崩溃的容器。kubectl get endpointslices -n {namespace} -l kubernetes.io/service-name={service} -o yaml 显示每个端点的 ready、serving 和 terminating 状况。',
      },
    },
  },
};
