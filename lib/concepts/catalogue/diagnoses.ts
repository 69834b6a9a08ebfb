import type { DiagnosisId } from '../ids';
import type { DiagnosisEntry } from '../types';
import { storageDiagnosisEntries } from './storage-diagnoses';
import { workloadDiagnosisEntries } from './workloads-diagnoses';

/**
 * Text for every diagnosis lib/explain can emit. `{name}` placeholders are
 * filled from Diagnosis.params by diagnosisText(); each field uses the same
 * placeholders in both languages. A placeholder the engine does not fill stays
 * visible as `{name}`, so templates use only params the engine ALWAYS sets,
 * plus the identity the UI merges in (`pod`, `namespace` for pod diagnoses;
 * `service`, `namespace` for Services; `node` for nodes). Optional params
 * (marked ?) are shown by the UI in its param list and never appear here.
 *
 * | id                                         | emitted by             | params (? = optional, not used in text)                                   |
 * |--------------------------------------------|------------------------|----------------------------------------------------------------------------|
 * | unschedulable                              | explain/pod-diagnoses  | message, totalNodes?, availableNodes?, reasons?, topReason?, topReasonCount? |
 * | image-pull-failed, invalid-image-name      | explain/pod-diagnoses  | container, image, reason, message, pullPolicy                              |
 * | create-container-config-error              | explain/pod-diagnoses  | container, missing ('object'/'key'/'other'), objectKind?, name?, key?, message |
 * | crash-loop-backoff                         | explain/pod-diagnoses  | container, restartCount, backoffSeconds, lastExitCode?, lastReason?, lastSignal? |
 * | oom-killed                                 | explain/pod-diagnoses  | container, memoryLimit ('none' when unset), exitCode, when ('now'/'last')  |
 * | container-failed, init-container-failing   | explain/pod-diagnoses  | container, reason, restartCount, restartPolicy, exitCode?, signal?, lastReason? |
 * | liveness-failing                           | explain/pod-diagnoses  | container, probe ('liveness'/'startup'), failures, restarts, message       |
 * | readiness-failing                          | explain/pod-diagnoses  | container, handler, failures, message                                      |
 * | evicted                                    | explain/pod-diagnoses  | message, resource?                                                         |
 * | stuck-terminating                          | explain/pod-diagnoses  | cause, overdueSeconds, gracePeriodSeconds, finalizers (may be empty)       |
 * | node-not-ready                             | pod-diagnoses, node    | node, status, reason? (node.ts omits it; pod-diagnoses may send ''), sinceSeconds?, heartbeatAgeSeconds? |
 * | node-pressure                              | pod-diagnoses, node    | node, condition, reason? (as above), sinceSeconds?                          |
 * | service-no-endpoints                       | explain/service        | service, namespace, selector, podsInNamespace, partialMatches, wrongNamespaceMatches |
 * | service-no-ready-endpoints                 | explain/service        | service, namespace, selector, selectedPods, notReady, terminating, unlisted, endpoints |
 *
 * Counts that come from Events (failures, restarts of a probe) only cover the
 * events still stored (about an hour), and message params may be empty when
 * those events have expired, so the text does not lean on them alone.
 * diagnoses.test.ts holds the allowed-params table these rules are checked against.
 */
export const diagnosisEntries: Record<DiagnosisId, DiagnosisEntry> = {
  unschedulable: {
    id: 'unschedulable',
    conceptIds: ['condition-pod-scheduled', 'kube-scheduler', 'resources', 'node-allocatable', 'taints-tolerations', 'phase-pending'],
    text: {
      en: {
        title: 'No node can run this Pod',
        summary: 'The scheduler could not place it on any node, so it stays Pending until something changes. Scheduler message: {message}',
        nextStep:
          'Read the FailedScheduling event with kubectl describe pod {pod} -n {namespace}. For "Insufficient cpu/memory", compare the Pod\'s requests with kubectl describe nodes (Allocatable and Allocated resources) and lower the requests or add capacity. For "untolerated taint", check kubectl get nodes -o jsonpath=\'{.items[*].spec.taints}\' and add a toleration only if the Pod really belongs there. For affinity or nodeSelector mismatches, compare them with kubectl get nodes --show-labels. For "unbound immediate PersistentVolumeClaims", check kubectl get pvc -n {namespace}.',
      },
      zh: {
        title: '没有节点能运行这个 Pod',
        summary: '调度器无法把它放到任何节点上，在情况变化之前它会一直处于 Pending。调度器消息：{message}',
        nextStep:
          '用 kubectl describe pod {pod} -n {namespace} 查看 FailedScheduling 事件。如果是 “Insufficient cpu/memory”，用 kubectl describe nodes（Allocatable 和 Allocated resources 部分）对比 Pod 的资源请求，然后降低请求或增加节点容量。如果是 “untolerated taint”，用 kubectl get nodes -o jsonpath=\'{.items[*].spec.taints}\' 查看污点，只有 Pod 确实应该运行在那里时才添加容忍。如果是亲和性或 nodeSelector 不匹配，用 kubectl get nodes --show-labels 对照节点标签。如果是 “unbound immediate PersistentVolumeClaims”，用 kubectl get pvc -n {namespace} 检查 PVC。',
      },
    },
  },

  'image-pull-failed': {
    id: 'image-pull-failed',
    conceptIds: ['reason-err-image-pull', 'reason-image-pull-backoff', 'image-pull-policy', 'image'],
    text: {
      en: {
        title: 'Cannot pull the image for {container}',
        summary: 'Getting {image} failed with {reason} (imagePullPolicy {pullPolicy}); the kubelet keeps retrying with a growing back-off. Message: {message}',
        nextStep:
          'Check the image name and tag for typos and that the tag exists in the registry. "not found" or "manifest unknown" means a wrong name or tag; "unauthorized" or "denied" means credentials: create a Secret with kubectl create secret docker-registry <name> -n {namespace} ... and list it under spec.imagePullSecrets. Timeouts point at the node\'s network or proxy. ErrImageNeverPull means imagePullPolicy is Never and the image is not on the node: load it there or change the policy. Events: kubectl describe pod {pod} -n {namespace}.',
      },
      zh: {
        title: '无法拉取容器 {container} 的镜像',
        summary: '获取镜像 {image} 失败，原因为 {reason}（imagePullPolicy 为 {pullPolicy}）；kubelet 会以逐渐加长的退避间隔不断重试。消息：{message}',
        nextStep:
          '检查镜像名称和标签是否有拼写错误，以及该标签在镜像仓库中是否存在。“not found” 或 “manifest unknown” 表示名称或标签错误；“unauthorized” 或 “denied” 表示缺少凭据：用 kubectl create secret docker-registry <name> -n {namespace} ... 创建 Secret，并写入 spec.imagePullSecrets。超时则指向节点的网络或代理。ErrImageNeverPull 表示 imagePullPolicy 为 Never 而节点上没有该镜像：把镜像加载到节点上，或修改拉取策略。查看事件：kubectl describe pod {pod} -n {namespace}。',
      },
    },
  },

  'invalid-image-name': {
    id: 'invalid-image-name',
    conceptIds: ['reason-invalid-image-name', 'image'],
    text: {
      en: {
        title: 'Invalid image name for {container}',
        summary: '"{image}" is not a valid image reference, so the kubelet does not even try to pull it.',
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
        summary: 'It has been restarted {restartCount} times, and the kubelet now waits {backoffSeconds}s before starting it again. The wait doubles from 10s up to 300s and resets after 10 minutes of healthy running.',
        nextStep:
          'Read the output of the crashed instance: kubectl logs {pod} -n {namespace} -c {container} --previous. Then check Last State in kubectl describe pod {pod} -n {namespace}: exit 137 with OOMKilled means memory, 128/StartError a wrong command, exit 0 a process that finishes although restartPolicy is Always.',
      },
      zh: {
        title: '容器 {container} 反复崩溃',
        summary: '它已被重启 {restartCount} 次，kubelet 现在要等 {backoffSeconds} 秒才会再次启动它。等待时间从 10 秒开始翻倍，最长 300 秒；正常运行 10 分钟后重置。',
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
        summary: 'The kernel\'s OOM killer stopped it (OOMKilled, exit code {exitCode}). Its memory limit is {memoryLimit}; "none" means it has no limit and the node itself ran short of memory.',
        nextStep:
          'Compare the limit with real usage: kubectl top pod {pod} -n {namespace} --containers (needs metrics-server). Raise resources.limits.memory, or make the application use less, e.g. cap the JVM or Node.js heap below the limit. Output before the kill: kubectl logs {pod} -n {namespace} -c {container} --previous (without --previous if it has not been restarted yet).',
      },
      zh: {
        title: '容器 {container} 内存不足',
        summary: '内核的 OOM killer 终止了它（OOMKilled，退出码 {exitCode}）。它的内存限制为 {memoryLimit}；若为 none，表示没有设置限制，是整个节点的内存不够用了。',
        nextStep:
          '对比限制和实际用量：kubectl top pod {pod} -n {namespace} --containers（需要 metrics-server）。提高 resources.limits.memory，或降低应用的内存占用，例如把 JVM 或 Node.js 的堆上限设得低于该限制。被杀前的输出：kubectl logs {pod} -n {namespace} -c {container} --previous（若尚未重启则去掉 --previous）。',
      },
    },
  },

  'readiness-failing': {
    id: 'readiness-failing',
    conceptIds: ['readiness-probe', 'condition-ready', 'endpointslice'],
    text: {
      en: {
        title: 'Container {container} is not ready',
        summary: 'Its readiness probe ({handler}) is failing, so the Pod is not Ready and its endpoint gets no Service traffic. The container keeps running; it will not be restarted for this.',
        nextStep:
          'See the Unhealthy events: kubectl describe pod {pod} -n {namespace}. Check that the probe\'s port and path match what the app serves, and try it from inside: kubectl exec {pod} -n {namespace} -c {container} -- <the probe command or a curl to that path>. Increase timeoutSeconds or failureThreshold if the app is just slow.',
      },
      zh: {
        title: '容器 {container} 未就绪',
        summary: '它的就绪探针（{handler}）检查失败，因此 Pod 未就绪，其端点收不到 Service 流量。容器仍在运行，不会因此被重启。',
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
        title: 'The liveness probe of {container} is failing',
        summary: 'After failureThreshold failures in a row the kubelet kills the container and restarts it according to restartPolicy. Recorded in the stored events: {failures} failed checks, {restarts} restarts caused by this probe.',
        nextStep:
          'See the Unhealthy and Killing events: kubectl describe pod {pod} -n {namespace}, and the killed instance\'s output: kubectl logs {pod} -n {namespace} -c {container} --previous. If the app is only slow to start, give it a startupProbe with enough failureThreshold × periodSeconds rather than a longer initialDelaySeconds; make sure the probe checks the process itself, not a shared dependency.',
      },
      zh: {
        title: '容器 {container} 的存活探针检查失败',
        summary: '连续失败达到 failureThreshold 次后，kubelet 会杀掉容器，并按 restartPolicy 重启它。现存事件中记录到：{failures} 次检查失败，{restarts} 次由该探针引起的重启。',
        nextStep:
          '查看 Unhealthy 和 Killing 事件：kubectl describe pod {pod} -n {namespace}；查看被杀实例的输出：kubectl logs {pod} -n {namespace} -c {container} --previous。如果应用只是启动慢，请配置 startupProbe 并留出足够的 failureThreshold × periodSeconds，而不是加大 initialDelaySeconds；确保探针检查的是进程本身，而不是共享的外部依赖。',
      },
    },
  },

  'startup-failing': {
    id: 'startup-failing',
    conceptIds: ['startup-probe', 'liveness-probe', 'restart-policy'],
    text: {
      en: {
        title: 'The startup probe of {container} is failing',
        summary: 'Liveness and readiness checks wait until it succeeds; after failureThreshold failures in a row the kubelet kills the container and restarts it according to restartPolicy. Recorded in the stored events: {failures} failed checks, {restarts} restarts caused by this probe.',
        nextStep:
          'See the Unhealthy and Killing events: kubectl describe pod {pod} -n {namespace}, and the killed instance\'s output: kubectl logs {pod} -n {namespace} -c {container} --previous. The app gets failureThreshold × periodSeconds to start: if it needs longer, raise the startupProbe\'s failureThreshold; if it never answers, check that the probe\'s port, path or command match what the app serves.',
      },
      zh: {
        title: '容器 {container} 的启动探针检查失败',
        summary: '启动探针成功之前，存活和就绪检查都会等待；连续失败达到 failureThreshold 次后，kubelet 会杀掉容器，并按 restartPolicy 重启它。现存事件中记录到：{failures} 次检查失败，{restarts} 次由该探针引起的重启。',
        nextStep:
          '查看 Unhealthy 和 Killing 事件：kubectl describe pod {pod} -n {namespace}；查看被杀实例的输出：kubectl logs {pod} -n {namespace} -c {container} --previous。应用有 failureThreshold × periodSeconds 的时间完成启动：如果确实需要更久，请加大 startupProbe 的 failureThreshold；如果它从不响应，请检查探针的端口、路径或命令是否与应用实际提供的一致。',
      },
    },
  },

  'create-container-config-error': {
    id: 'create-container-config-error',
    conceptIds: ['reason-create-container-config-error', 'configmap-secret-volumes'],
    text: {
      en: {
        title: 'Container {container} cannot be configured',
        summary: 'The kubelet could not prepare the container\'s configuration, so it was not created: {message}',
        nextStep:
          'If the message names a ConfigMap or Secret, check that it exists in namespace {namespace} and holds the key the Pod references: kubectl get configmap,secret -n {namespace}, then kubectl get configmap <name> -n {namespace} -o yaml (or secret). Create it, add the key, or mark the reference optional: true; the kubelet retries on its own, so no redeploy is needed. Other messages (e.g. runAsNonRoot with an image that runs as root) point at the securityContext or the image. Events: kubectl describe pod {pod} -n {namespace}.',
      },
      zh: {
        title: '无法生成容器 {container} 的配置',
        summary: 'kubelet 无法准备好该容器的配置，因此没有创建它：{message}',
        nextStep:
          '如果消息中提到某个 ConfigMap 或 Secret，确认它存在于命名空间 {namespace} 中，并包含 Pod 引用的键：kubectl get configmap,secret -n {namespace}，再用 kubectl get configmap <name> -n {namespace} -o yaml（或 secret）查看内容。创建该对象、补上该键，或把引用标记为 optional: true；kubelet 会自行重试，无需重新部署。其他消息（例如设置了 runAsNonRoot 但镜像以 root 运行）则要检查 securityContext 或镜像。查看事件：kubectl describe pod {pod} -n {namespace}。',
      },
    },
  },

  evicted: {
    id: 'evicted',
    conceptIds: ['node-condition-memory-pressure', 'node-condition-disk-pressure', 'qos-class', 'phase-failed'],
    text: {
      en: {
        title: 'Pod was evicted from its node',
        summary: 'The kubelet stopped its containers to reclaim resources on the node; the Pod is now Failed and will not run again. Kubelet message: {message}',
        nextStep:
          'Find the node with kubectl get pod {pod} -n {namespace} -o wide, then see which resource ran short with kubectl describe node <node> (Conditions and Events). Give the Pod realistic requests so it is not the first to go (the kubelet evicts first the Pods whose usage exceeds their requests, by Priority and then by how far above; it does not rank by QoS class), and set ephemeral-storage limits if disk was the cause. If a controller owns the Pod it has already been replaced; remove the leftover record with kubectl delete pod {pod} -n {namespace}.',
      },
      zh: {
        title: 'Pod 已被从节点上驱逐',
        summary: 'kubelet 为回收节点资源停止了它的容器；Pod 现处于 Failed 状态，不会再运行。kubelet 消息：{message}',
        nextStep:
          '用 kubectl get pod {pod} -n {namespace} -o wide 找到所在节点，再用 kubectl describe node <node>（其中的 Conditions 状况和 Events 事件）查看是哪种资源不足。为 Pod 设置符合实际的资源请求，避免它最先被驱逐（kubelet 先驱逐用量超过请求的 Pod，依次按优先级和超出请求的多少排序；它不按 QoS 类别排序）；如果是磁盘原因，请设置 ephemeral-storage 限制。若 Pod 属于某个控制器，替代 Pod 已经创建；用 kubectl delete pod {pod} -n {namespace} 删除残留记录。',
      },
    },
  },

  'stuck-terminating': {
    id: 'stuck-terminating',
    conceptIds: ['pod-deletion-flow', 'finalizers', 'taint-unreachable'],
    text: {
      en: {
        title: 'Pod is stuck in Terminating',
        summary: 'Deletion was requested with a {gracePeriodSeconds}s grace period, but the Pod still exists, {overdueSeconds}s past that deadline. Either a finalizer has not been removed yet, or the kubelet has not confirmed that the containers stopped.',
        nextStep:
          'List the finalizers: kubectl get pod {pod} -n {namespace} -o jsonpath=\'{.metadata.finalizers}\'. If there are any, the controller that owns them has not finished; check that it is running (a forced delete does not skip finalizers). If there are none, find the node with kubectl get pod {pod} -n {namespace} -o wide and check it with kubectl get node <node>: when it is NotReady or gone, the kubelet cannot confirm the shutdown. Only when you are sure the containers are no longer running, force it: kubectl delete pod {pod} -n {namespace} --force --grace-period=0.',
      },
      zh: {
        title: 'Pod 卡在 Terminating',
        summary: '删除请求的宽限期为 {gracePeriodSeconds} 秒，但 Pod 仍然存在，已超出截止时间 {overdueSeconds} 秒。要么还有终结器没有移除，要么 kubelet 还没有确认容器已停止。',
        nextStep:
          '列出终结器：kubectl get pod {pod} -n {namespace} -o jsonpath=\'{.metadata.finalizers}\'。如果有，说明负责它们的控制器还没处理完；确认该控制器在运行（强制删除不会跳过终结器）。如果没有，用 kubectl get pod {pod} -n {namespace} -o wide 找到所在节点，再用 kubectl get node <node> 查看：节点 NotReady 或已不存在时，kubelet 无法确认容器已停止。只有在确定容器已不再运行时，才强制删除：kubectl delete pod {pod} -n {namespace} --force --grace-period=0。',
      },
    },
  },

  'init-container-failing': {
    id: 'init-container-failing',
    conceptIds: ['init-containers', 'condition-initialized', 'reason-pod-initializing'],
    text: {
      en: {
        title: 'Init container {container} is failing',
        summary: 'It reports {reason} and has been restarted {restartCount} times (restartPolicy {restartPolicy}). The app containers do not start until the init containers have completed (a sidecar only has to start).',
        nextStep:
          'Read its output: kubectl logs {pod} -n {namespace} -c {container} --previous (without --previous if it has not been restarted). Init containers often wait for a Service or run a migration; check that what it depends on exists and is reachable from the namespace {namespace}. kubectl describe pod {pod} -n {namespace} shows its state and events.',
      },
      zh: {
        title: 'Init 容器 {container} 失败',
        summary: '它的状态为 {reason}，已被重启 {restartCount} 次（restartPolicy 为 {restartPolicy}）。在 init 容器完成之前（边车容器只需启动），应用容器不会启动。',
        nextStep:
          '查看它的输出：kubectl logs {pod} -n {namespace} -c {container} --previous（若尚未重启则去掉 --previous）。Init 容器通常在等待某个 Service 或执行迁移；确认它依赖的对象存在，并且在命名空间 {namespace} 中可以访问到。kubectl describe pod {pod} -n {namespace} 显示它的状态和事件。',
      },
    },
  },

  'container-failed': {
    id: 'container-failed',
    conceptIds: ['reason-error', 'container-states', 'phase-failed', 'restart-policy'],
    text: {
      en: {
        title: 'Container {container} failed',
        summary: 'It failed with {reason}. Its restartPolicy is {restartPolicy}, and it has been restarted {restartCount} times.',
        nextStep:
          'Read its output: kubectl logs {pod} -n {namespace} -c {container}. Exit codes above 128 mean a signal (137 = SIGKILL, 143 = SIGTERM); 1 usually comes from the application. For CreateContainerError, RunContainerError or a hook error the process never ran: kubectl describe pod {pod} -n {namespace} shows the runtime\'s message, the full container state and events.',
      },
      zh: {
        title: '容器 {container} 失败',
        summary: '它以 {reason} 失败。它的 restartPolicy 为 {restartPolicy}，已被重启 {restartCount} 次。',
        nextStep:
          '查看它的输出：kubectl logs {pod} -n {namespace} -c {container}。退出码大于 128 表示被信号终止（137 = SIGKILL，143 = SIGTERM）；1 通常来自应用本身。如果是 CreateContainerError、RunContainerError 或回调错误，进程根本没有运行：kubectl describe pod {pod} -n {namespace} 显示容器运行时的消息、完整的容器状态和事件。',
      },
    },
  },

  'node-not-ready': {
    id: 'node-not-ready',
    conceptIds: ['node-condition-ready', 'taint-not-ready', 'taint-unreachable', 'kubelet', 'lease'],
    text: {
      en: {
        title: 'Node {node} is not Ready',
        summary: 'Its Ready condition is not True (status: {status}). False means the kubelet reports a problem; Unknown means the control plane has not heard from it within the grace period (50s by default). New Pods are not scheduled there, and Pods without their own toleration are evicted after the default 300s.',
        nextStep:
          'kubectl describe node {node} shows the conditions and events; kubectl get lease {node} -n kube-node-lease shows the last heartbeat (renewTime). If the kubelet stopped reporting, check the machine: systemctl status kubelet and journalctl -u kubelet, and the container runtime (systemctl status containerd).',
      },
      zh: {
        title: '节点 {node} 未就绪',
        summary: '它的 Ready 状况不为 True（当前为 {status}）。False 表示 kubelet 报告了问题；Unknown 表示控制平面在宽限期内（默认 50 秒）没有收到它的消息。新 Pod 不会再调度到这里，没有自定义容忍的 Pod 会在默认的 300 秒后被驱逐。',
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
        title: 'Node {node} reports {condition}',
        summary: 'The kubelet sees a resource running short ({condition} is True). The node gets a NoSchedule taint, so new Pods that do not tolerate it are not scheduled there, and the kubelet may evict Pods to recover.',
        nextStep:
          'See the thresholds and evictions in kubectl describe node {node}. List what runs there: kubectl get pods -A -o wide --field-selector spec.nodeName={node}, and find the heaviest users with kubectl top pods -A --sort-by=memory. For disk pressure, look for large container logs, images and emptyDir data; for PID pressure, for a process that forks without limit.',
      },
      zh: {
        title: '节点 {node} 出现 {condition}',
        summary: 'kubelet 发现某种资源紧张（{condition} 为 True）。节点会被加上 NoSchedule 污点，不容忍该污点的新 Pod 不会调度到这里，kubelet 还可能驱逐 Pod 来恢复。',
        nextStep:
          '在 kubectl describe node {node} 中查看阈值和驱逐记录。列出该节点上的 Pod：kubectl get pods -A -o wide --field-selector spec.nodeName={node}，并用 kubectl top pods -A --sort-by=memory 找出用量最大的 Pod。如果是磁盘压力，重点检查过大的容器日志、镜像和 emptyDir 数据；如果是 PID 压力，检查是否有进程在无限制地创建子进程。',
      },
    },
  },

  'service-no-endpoints': {
    id: 'service-no-endpoints',
    conceptIds: ['service', 'label-selector', 'endpointslice'],
    text: {
      en: {
        title: 'Service {service} selects no Pods',
        summary: 'No Pod in namespace {namespace} matches its selector {selector}, so it has no endpoints and connections to it fail. Of {podsInNamespace} Pods in the namespace, {partialMatches} match only some of the labels; {wrongNamespaceMatches} match all of them but are in another namespace.',
        nextStep:
          'Compare the selector with the Pods\' labels: kubectl get pods -n {namespace} -l {selector} --show-labels (empty means no match) and kubectl get pods -n {namespace} --show-labels. A typo in a label, Pods in another namespace, or an app scaled to zero are the usual causes. Check the result with kubectl get endpointslices -n {namespace} -l kubernetes.io/service-name={service}.',
      },
      zh: {
        title: 'Service {service} 没有选中任何 Pod',
        summary: '命名空间 {namespace} 中没有 Pod 匹配它的选择算符 {selector}，因此它没有端点，连接它会失败。该命名空间的 {podsInNamespace} 个 Pod 中，有 {partialMatches} 个只匹配部分标签；另有 {wrongNamespaceMatches} 个 Pod 标签全部匹配，但位于其他命名空间。',
        nextStep:
          '对比选择算符和 Pod 的标签：kubectl get pods -n {namespace} -l {selector} --show-labels（结果为空表示没有匹配），以及 kubectl get pods -n {namespace} --show-labels。常见原因是标签拼写错误、Pod 在另一个命名空间，或应用被缩容到 0。用 kubectl get endpointslices -n {namespace} -l kubernetes.io/service-name={service} 检查结果。',
      },
    },
  },

  'service-no-ready-endpoints': {
    id: 'service-no-ready-endpoints',
    conceptIds: ['endpointslice', 'condition-ready', 'readiness-probe'],
    text: {
      en: {
        title: 'Service {service} has no ready Pods',
        summary: '{selectedPods} Pods match the selector {selector}, but none is Ready, so the Service has no ready endpoint to send traffic to.',
        nextStep:
          'See why the Pods are not ready: kubectl get pods -n {namespace} -l {selector} (READY column), then kubectl describe pod <pod> -n {namespace} for failing readiness probes or crashing containers. kubectl get endpointslices -n {namespace} -l kubernetes.io/service-name={service} -o yaml shows each endpoint\'s ready, serving and terminating conditions.',
      },
      zh: {
        title: 'Service {service} 没有就绪的 Pod',
        summary: '有 {selectedPods} 个 Pod 匹配选择算符 {selector}，但没有一个就绪，Service 没有可以转发流量的就绪端点。',
        nextStep:
          '查明 Pod 为何未就绪：kubectl get pods -n {namespace} -l {selector}（看 READY 列），再用 kubectl describe pod <pod> -n {namespace} 查找失败的就绪探针或崩溃的容器。kubectl get endpointslices -n {namespace} -l kubernetes.io/service-name={service} -o yaml 显示每个端点的 ready、serving 和 terminating 状况。',
      },
    },
  },

  // Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs and CronJobs (lib/explain/workloads).
  ...workloadDiagnosisEntries,

  // Claims, volumes, the pods that use them, ConfigMaps and Secrets (lib/explain/storage).
  ...storageDiagnosisEntries,
};
