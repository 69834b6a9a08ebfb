import type { ConceptId } from '../../ids';
import type { ConceptEntry } from '../../types';
import { para, URLS } from './shared';

/** Container states and their waiting / terminated reasons, restarts, init and sidecar containers, resources (k8s-facts.md §2, §7). */
export type ContainerConceptId = Extract<
  ConceptId,
  | 'container-states'
  | 'reason-container-creating'
  | 'reason-pod-initializing'
  | 'reason-err-image-pull'
  | 'reason-image-pull-backoff'
  | 'reason-invalid-image-name'
  | 'reason-err-image-never-pull'
  | 'reason-image-inspect-error'
  | 'reason-create-container-config-error'
  | 'reason-create-container-error'
  | 'reason-run-container-error'
  | 'reason-crash-loop-backoff'
  | 'reason-pre-start-hook-error'
  | 'reason-post-start-hook-error'
  | 'reason-completed'
  | 'reason-error'
  | 'reason-oom-killed'
  | 'reason-start-error'
  | 'reason-container-status-unknown'
  | 'restart-policy'
  | 'init-containers'
  | 'sidecar-containers'
  | 'resources'
  | 'qos-class'
>;

const DESCRIBE = { kubectl: 'kubectl describe pod <pod>', docker: 'docker inspect <container>' };
const STATES_CMD = {
  kubectl:
    "kubectl get pod <pod> -o jsonpath='{range .status.containerStatuses[*]}{.name}{\"\\t\"}{.state}{\"\\t\"}{.lastState}{\"\\n\"}{end}'",
};
const PREVIOUS_LOGS = {
  kubectl: 'kubectl logs <pod> -c <container> --previous',
  docker: 'docker logs <container>',
  note: {
    en: '--previous prints the output of the container instance that last terminated.',
    zh: '--previous 输出上一次终止的那个容器实例的日志。',
  },
};
// kubectl events orders by time; --sort-by=.lastTimestamp misplaces events.k8s.io events (the scheduler's), which have none.
const EVENTS = { kubectl: 'kubectl events --for pod/<pod>' };

export const containerConcepts: Record<ContainerConceptId, ConceptEntry> = {
  'container-states': {
    id: 'container-states',
    keywords: ['state', 'lastState', 'waiting', 'running', 'terminated', 'restartCount', 'exitCode', 'containerStatuses', '容器状态', '等待', '终止', '退出码', '重启次数'],
    docs: [
      { url: URLS.containerStates, label: 'Pod Lifecycle: Container states' },
      { url: URLS.terminationReason, label: 'Determine the Reason for Pod Failure' },
    ],
    commands: [STATES_CMD, DESCRIBE],
    related: ['pod-phase', 'reason-crash-loop-backoff', 'reason-container-creating', 'reason-completed', 'reason-error', 'restart-policy', 'container'],
    text: {
      en: {
        title: 'Container states',
        summary: 'Each container is Waiting (with a reason), Running (since startedAt) or Terminated (reason, exit code and times).',
        body: para(
          `Besides the Pod's phase, the kubelet reports every container in status.containerStatuses (and initContainerStatuses). Its state holds exactly one of: waiting, with a reason such as ContainerCreating or CrashLoopBackOff and a message; running, with startedAt; or terminated, with reason, exitCode, signal, startedAt and finishedAt.`,
          `lastState keeps the previous termination, which is how you learn why a restarting container died: kubectl describe shows it as Last State, and kubectl logs --previous prints that instance's output. restartCount counts restarts, ready says whether the container passes its readiness check, and started whether it passed its startup probe.`,
          `kubectl get pods builds its STATUS column from these fields, so a single failing container can show CrashLoopBackOff for the whole Pod. The Docker counterpart is the State block of docker inspect (Status, ExitCode, OOMKilled, StartedAt, FinishedAt).`,
        ),
      },
      zh: {
        title: '容器状态',
        summary: '每个容器处于 Waiting（附原因）、Running（附 startedAt）或 Terminated（附原因、退出码和时间）之一。',
        body: para(
          `除了 Pod 的阶段，kubelet 还在 status.containerStatuses（以及 initContainerStatuses）中报告每个容器。它的 state 恰好包含以下之一：waiting，附带 ContainerCreating、CrashLoopBackOff 等原因和消息；running，附带 startedAt；terminated，附带 reason、exitCode、signal、startedAt 和 finishedAt。`,
          `lastState 保存上一次终止的信息，要弄清反复重启的容器为何退出就靠它：kubectl describe 中显示为 Last State，kubectl logs --previous 则输出那个实例的日志。restartCount 是重启次数，ready 表示容器是否通过就绪检查，started 表示是否已通过启动探针。`,
          `kubectl get pods 的 STATUS 列就是根据这些字段算出来的，所以一个出问题的容器就可能让整个 Pod 显示 CrashLoopBackOff。Docker 中对应的是 docker inspect 输出里的 State 部分（Status、ExitCode、OOMKilled、StartedAt、FinishedAt）。`,
        ),
      },
    },
  },

  'reason-container-creating': {
    id: 'reason-container-creating',
    keywords: ['ContainerCreating', 'FailedMount', 'FailedCreatePodSandBox', 'Pulling', '容器创建中', '创建容器', '挂载失败'],
    docs: [
      { url: URLS.containerStates, label: 'Pod Lifecycle: Container states' },
      { url: URLS.debugPods, label: 'Debug Pods' },
    ],
    commands: [EVENTS, DESCRIBE],
    related: ['container-states', 'condition-pod-ready-to-start-containers', 'image-pull-policy', 'configmap-secret-volumes', 'pvc'],
    text: {
      en: {
        title: 'ContainerCreating',
        summary: 'Waiting reason while the kubelet prepares the container: volumes, then the sandbox, then the image pull.',
        body: para(
          `ContainerCreating is the default waiting reason after the Pod is bound and before the container first starts. Meanwhile the kubelet mounts the Pod's volumes, has the runtime create the Pod sandbox, then pulls the image (Pulling and Pulled events) and asks the runtime to create the container.`,
          `It normally lasts a few seconds, longer for large images. If it lingers, the events say why: FailedMount (a Secret or ConfigMap volume that does not exist, a PersistentVolumeClaim that is not bound or attached), FailedCreatePodSandBox (network plugin or runtime trouble on the node), or a slow pull still in progress.`,
        ),
      },
      zh: {
        title: 'ContainerCreating（容器创建中）',
        summary: 'kubelet 准备容器期间的等待原因：先挂载卷，再创建沙箱，然后拉取镜像。',
        body: para(
          `ContainerCreating 是 Pod 绑定到节点之后、容器第一次启动之前的默认等待原因。在此期间，kubelet 挂载 Pod 的卷，让运行时创建 Pod 沙箱，然后拉取镜像（Pulling 和 Pulled 事件），并请求运行时创建容器。`,
          `通常只持续几秒，镜像很大时会更久。如果迟迟不结束，事件会说明原因：FailedMount（作为卷的 Secret 或 ConfigMap 不存在，PersistentVolumeClaim 未绑定或未挂接），FailedCreatePodSandBox（节点上的网络插件或运行时有问题），或者镜像仍在缓慢拉取中。`,
        ),
      },
    },
  },

  'reason-pod-initializing': {
    id: 'reason-pod-initializing',
    keywords: ['PodInitializing', 'Init:', 'init containers', '初始化中', 'Init 容器'],
    docs: [{ url: URLS.initContainers, label: 'Init Containers' }],
    commands: [{ kubectl: 'kubectl logs <pod> -c <init-container>' }, DESCRIBE],
    related: ['init-containers', 'condition-initialized', 'sidecar-containers', 'container-states'],
    text: {
      en: {
        title: 'PodInitializing',
        summary: "App containers wait with this reason while the Pod's init containers are still running.",
        body: para(
          `An app container reports waiting with reason PodInitializing until every init container has finished and every sidecar has started. kubectl shows the Pod as Init:N/M during this time, or PodInitializing just after the last init container completes.`,
          `It is a symptom, not a cause. If it lasts, look at the init containers: kubectl describe pod lists their states, and kubectl logs <pod> -c <init-container> shows their output.`,
        ),
      },
      zh: {
        title: 'PodInitializing（Pod 初始化中）',
        summary: 'Pod 的 Init 容器还在运行时，应用容器以此原因等待。',
        body: para(
          `在所有 Init 容器完成、所有边车容器启动之前，应用容器的等待原因都是 PodInitializing。此期间 kubectl 把 Pod 显示为 Init:N/M；最后一个 Init 容器刚完成时则显示 PodInitializing。`,
          `它只是表象，不是根因。如果持续很久，请检查 Init 容器：kubectl describe pod 列出它们的状态，kubectl logs <pod> -c <init-container> 显示它们的输出。`,
        ),
      },
    },
  },

  'reason-err-image-pull': {
    id: 'reason-err-image-pull',
    keywords: ['ErrImagePull', 'pull failed', 'not found', 'unauthorized', 'manifest unknown', 'imagePullSecrets', '镜像拉取失败', '拉取镜像失败', '镜像不存在'],
    docs: [
      { url: URLS.images, label: 'Images' },
      { url: URLS.privateRegistry, label: 'Pull an Image from a Private Registry' },
    ],
    commands: [EVENTS, { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].image}'", docker: 'docker pull <image>' }],
    related: ['reason-image-pull-backoff', 'image-pull-policy', 'image', 'reason-invalid-image-name'],
    text: {
      en: {
        title: 'ErrImagePull',
        summary: 'The last image pull failed: wrong name or tag, missing credentials, or the registry could not be reached.',
        body: para(
          `ErrImagePull means the kubelet, through the container runtime, just tried to pull the image and failed. The message of the Failed event says which way: "not found" or "manifest unknown" (wrong repository or tag), "unauthorized" or "pull access denied" (a private image without imagePullSecrets, or a typo pointing to a repository that does not exist), "i/o timeout" or "no such host" (network, proxy or DNS on the node), or "toomanyrequests" (a registry rate limit).`,
          `After a failure the kubelet waits before retrying and the reason changes to ImagePullBackOff; the two alternate while the problem lasts. docker pull <image> with the same credentials fails the same way, which makes it a quick test.`,
        ),
      },
      zh: {
        title: 'ErrImagePull（镜像拉取失败）',
        summary: '最近一次拉取镜像失败：名称或标签错误、缺少凭据，或无法连接镜像仓库。',
        body: para(
          `ErrImagePull 表示 kubelet 刚刚通过容器运行时尝试拉取镜像并失败了。Failed 事件的消息说明了原因：“not found” 或 “manifest unknown”（仓库或标签写错），“unauthorized” 或 “pull access denied”（私有镜像没有配置 imagePullSecrets，或拼写错误指向了不存在的仓库），“i/o timeout” 或 “no such host”（节点上的网络、代理或 DNS 问题），“toomanyrequests”（触发了镜像仓库的限流）。`,
          `失败后 kubelet 会等待一段时间再重试，原因随之变为 ImagePullBackOff；问题不解决，两者就会交替出现。用相同凭据执行 docker pull <image> 会以同样方式失败，可以快速验证。`,
        ),
      },
    },
  },

  'reason-image-pull-backoff': {
    id: 'reason-image-pull-backoff',
    keywords: ['ImagePullBackOff', 'BackOff', 'Back-off pulling image', 'image pull', '镜像拉取退避', '拉取镜像失败', '镜像拉取失败'],
    docs: [
      { url: URLS.images, label: 'Images' },
      { url: URLS.privateRegistry, label: 'Pull an Image from a Private Registry' },
    ],
    commands: [EVENTS, { kubectl: 'kubectl create secret docker-registry <name> --docker-server=<registry> --docker-username=<user> --docker-password=<password>', docker: 'docker login <registry>' }],
    related: ['reason-err-image-pull', 'image-pull-policy', 'image', 'restart-policy'],
    text: {
      en: {
        title: 'ImagePullBackOff',
        summary: 'Image pulls keep failing; the kubelet waits longer between attempts, up to 5 minutes.',
        body: para(
          `ImagePullBackOff follows ErrImagePull. Instead of retrying at once, the kubelet backs off: the wait roughly doubles after each failure and is capped at 300 seconds. Events read "Back-off pulling image ...".`,
          `The cause is whatever made the pull fail; the earlier Failed event carries the registry's message. Fix the image reference, or create a registry Secret and list it in spec.imagePullSecrets (or on the ServiceAccount). The next retry picks up the fix; deleting the Pod retries at once.`,
        ),
      },
      zh: {
        title: 'ImagePullBackOff（镜像拉取退避）',
        summary: '镜像拉取反复失败，kubelet 每次重试前等待更久，最长 5 分钟。',
        body: para(
          `ImagePullBackOff 紧跟在 ErrImagePull 之后。kubelet 不会立即重试，而是退避：每失败一次，等待时间大约翻倍，上限 300 秒。事件内容为 “Back-off pulling image ...”。`,
          `根因就是导致拉取失败的那个问题，前面的 Failed 事件里有镜像仓库返回的消息。修正镜像地址，或创建镜像仓库凭据 Secret 并写入 spec.imagePullSecrets（或 ServiceAccount）。下一次重试会生效；删除 Pod 则会立即重试。`,
        ),
      },
    },
  },

  'reason-invalid-image-name': {
    id: 'reason-invalid-image-name',
    keywords: ['InvalidImageName', 'invalid reference format', 'image name', '镜像名无效', '镜像名称错误'],
    docs: [{ url: URLS.images, label: 'Images: Image names' }],
    commands: [{ kubectl: 'kubectl set image deployment/<deployment> <container>=<image>' }, DESCRIBE],
    related: ['image', 'reason-err-image-pull', 'image-pull-policy'],
    text: {
      en: {
        title: 'InvalidImageName',
        summary: 'The image reference cannot be parsed, so no pull is even attempted.',
        body: para(
          `InvalidImageName means the string in image is not a valid reference: upper-case letters in the repository path, a space or a scheme such as https://, a stray colon, an empty tag or a malformed digest. The valid form is [registry[:port]/]repository[:tag][@sha256:digest], with the repository in lower case.`,
          `No pull is attempted and retrying does not help; the container waits until the spec changes. A Pod's image field can be edited in place, but it is usually better to fix the owning Deployment (kubectl set image) and let it roll out new Pods.`,
        ),
      },
      zh: {
        title: 'InvalidImageName（镜像名无效）',
        summary: '镜像地址无法解析，因此根本不会尝试拉取。',
        body: para(
          `InvalidImageName 表示 image 字段中的字符串不是合法的镜像引用：仓库路径里有大写字母、包含空格或 https:// 之类的协议前缀、多了冒号、标签为空，或摘要格式错误。合法格式为 [registry[:port]/]repository[:tag][@sha256:digest]，仓库名必须小写。`,
          `不会发生任何拉取，重试也无济于事；容器会一直等待，直到规约被修改。Pod 的 image 字段可以直接修改，但通常更好的做法是修改所属的 Deployment（kubectl set image），让它滚动创建新 Pod。`,
        ),
      },
    },
  },

  'reason-err-image-never-pull': {
    id: 'reason-err-image-never-pull',
    keywords: ['ErrImageNeverPull', 'imagePullPolicy Never', 'local image', 'kind load', '本地镜像', '镜像不存在'],
    docs: [{ url: URLS.imagePullPolicy, label: 'Images: Image pull policy' }],
    commands: [{ kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].imagePullPolicy}'", docker: 'docker image ls' }],
    related: ['image-pull-policy', 'image', 'container-runtime'],
    text: {
      en: {
        title: 'ErrImageNeverPull',
        summary: 'imagePullPolicy is Never and the image is not present on the node.',
        body: para(
          `With imagePullPolicy Never the kubelet never contacts a registry; it starts the container only if the image already exists in the node's container runtime. If it does not, the container waits with ErrImageNeverPull ("Container image ... is not present with pull policy of Never").`,
          `This is common on local clusters: an image built with docker build lives in Docker's image store, not in the node's containerd. Load it onto the node (kind load docker-image, minikube image load), or push it to a registry and use IfNotPresent.`,
        ),
      },
      zh: {
        title: 'ErrImageNeverPull（禁止拉取且镜像不存在）',
        summary: 'imagePullPolicy 为 Never，而节点上没有该镜像。',
        body: para(
          `imagePullPolicy 为 Never 时，kubelet 从不访问镜像仓库，只有节点的容器运行时里已经有该镜像才会启动容器。否则容器以 ErrImageNeverPull 原因等待（“Container image ... is not present with pull policy of Never”）。`,
          `本地集群里很常见：用 docker build 构建的镜像存放在 Docker 的镜像库里，而不在节点的 containerd 中。可以把镜像加载到节点（kind load docker-image、minikube image load），或推送到镜像仓库并改用 IfNotPresent。`,
        ),
      },
    },
  },

  'reason-image-inspect-error': {
    id: 'reason-image-inspect-error',
    keywords: ['ImageInspectError', 'image inspect', 'corrupt image', '镜像检查失败', '镜像损坏'],
    docs: [
      { url: URLS.images, label: 'Images' },
      { url: URLS.debugPods, label: 'Debug Pods' },
    ],
    commands: [{ kubectl: 'kubectl get pod <pod> -o wide', docker: 'docker image inspect <image>' }, DESCRIBE],
    related: ['image', 'container-runtime', 'reason-err-image-pull'],
    text: {
      en: {
        title: 'ImageInspectError',
        summary: "The runtime could not inspect the image on the node, usually a corrupt or unsupported image in the node's store.",
        body: para(
          `Before creating a container the kubelet asks the runtime for the image's metadata. ImageInspectError means that request failed: the local copy may be corrupt or partly removed, the image may be in a format the runtime cannot handle, or the runtime itself may be unhealthy.`,
          `It is specific to a node. Check which node the Pod is on and whether Pods with the same image run elsewhere. Removing the image on that node (crictl rmi) so it is pulled again, or repairing the runtime, usually clears it.`,
        ),
      },
      zh: {
        title: 'ImageInspectError（镜像检查失败）',
        summary: '运行时无法检查节点上的镜像，通常是节点本地存储中的镜像损坏或格式不受支持。',
        body: para(
          `创建容器之前，kubelet 会向运行时查询镜像的元数据。ImageInspectError 表示这次查询失败：本地副本可能已损坏或被删除了一部分，镜像格式可能不被运行时支持，也可能是运行时本身不正常。`,
          `这个问题与具体节点有关。先确认 Pod 在哪个节点上，以及使用同一镜像的 Pod 在其他节点上是否正常。在该节点上删除镜像（crictl rmi）让它重新拉取，或修复运行时，通常就能解决。`,
        ),
      },
    },
  },

  'reason-create-container-config-error': {
    id: 'reason-create-container-config-error',
    keywords: ['CreateContainerConfigError', 'configmap not found', 'secret not found', "couldn't find key", 'runAsNonRoot', 'env', 'envFrom', '配置错误', 'ConfigMap 不存在', 'Secret 不存在', '环境变量'],
    docs: [
      { url: URLS.configMapPod, label: 'Configure a Pod to Use a ConfigMap' },
      { url: URLS.secrets, label: 'Secrets' },
      { url: URLS.securityContext, label: 'Configure a Security Context' },
    ],
    commands: [DESCRIBE, { kubectl: 'kubectl get configmap,secret -n <namespace>' }],
    related: ['configmap-secret-volumes', 'container-states', 'reason-container-creating', 'namespace'],
    text: {
      en: {
        title: 'CreateContainerConfigError',
        summary: "The kubelet could not build the container's configuration, most often because a ConfigMap, Secret or key is missing.",
        body: para(
          `CreateContainerConfigError happens before the runtime is involved, while the kubelet assembles the container's settings. The usual causes are an env or envFrom reference to a ConfigMap or Secret that does not exist in the Pod's namespace, or to a key that is not in it (configmap "app" not found; couldn't find key DB_URL in Secret ...), and runAsNonRoot: true with an image that runs as root or as a non-numeric user.`,
          `The kubelet keeps retrying, so creating the missing object or key fixes the Pod without redeploying it. References marked optional: true never cause this error. A missing ConfigMap or Secret mounted as a volume shows up differently: the container stays in ContainerCreating with FailedMount events.`,
        ),
      },
      zh: {
        title: 'CreateContainerConfigError（容器配置错误）',
        summary: 'kubelet 无法生成容器配置，最常见的原因是缺少 ConfigMap、Secret 或其中的键。',
        body: para(
          `CreateContainerConfigError 发生在 kubelet 组装容器配置的阶段，还没有轮到容器运行时。常见原因：env 或 envFrom 引用的 ConfigMap 或 Secret 在 Pod 所在命名空间中不存在，或者引用的键不在其中（如 configmap "app" not found，或 couldn't find key DB_URL in Secret ...）；或者设置了 runAsNonRoot: true，而镜像以 root 或非数字用户运行。`,
          `kubelet 会不断重试，所以补上缺失的对象或键后，Pod 无需重新部署就能恢复。标记为 optional: true 的引用不会导致这个错误。以卷形式挂载的 ConfigMap 或 Secret 缺失时表现不同：容器停留在 ContainerCreating，并出现 FailedMount 事件。`,
        ),
      },
    },
  },

  'reason-create-container-error': {
    id: 'reason-create-container-error',
    keywords: ['CreateContainerError', 'name is reserved', 'runtime error', 'subPath', '容器创建失败', '运行时错误'],
    docs: [
      { url: URLS.containerStates, label: 'Pod Lifecycle: Container states' },
      { url: URLS.debugPods, label: 'Debug Pods' },
    ],
    commands: [DESCRIBE, { kubectl: 'kubectl get pod <pod> -o wide', note: { en: 'On the node, crictl ps -a lists the runtime\'s containers.', zh: '在节点上用 crictl ps -a 查看运行时中的容器。' } }],
    related: ['container-runtime', 'container-states', 'reason-run-container-error', 'kubelet'],
    text: {
      en: {
        title: 'CreateContainerError',
        summary: 'The container runtime refused to create the container.',
        body: para(
          `CreateContainerError means the kubelet built a valid configuration but the runtime's CreateContainer call failed. The message carries the runtime's own words. Common causes are a leftover container with the same name ("name is reserved", often after a runtime hiccup), a mount the runtime cannot set up (for example a bad subPath), or, on some runtimes, a command that does not exist in the image.`,
          `The kubelet retries with back-off. Read the message in kubectl describe pod; if it points at the node (name conflicts, storage errors), inspect the runtime there with crictl ps -a and its logs.`,
        ),
      },
      zh: {
        title: 'CreateContainerError（容器创建失败）',
        summary: '容器运行时拒绝创建该容器。',
        body: para(
          `CreateContainerError 表示 kubelet 已生成合法的配置，但运行时的 CreateContainer 调用失败了。消息里是运行时的原话。常见原因：残留了同名容器（“name is reserved”，常见于运行时异常之后），运行时无法完成某个挂载（例如 subPath 有误），或者在某些运行时上，镜像里不存在指定的命令。`,
          `kubelet 会带退避地重试。先读 kubectl describe pod 中的消息；如果问题指向节点（名称冲突、存储错误），就到该节点上用 crictl ps -a 和运行时日志排查。`,
        ),
      },
    },
  },

  'reason-run-container-error': {
    id: 'reason-run-container-error',
    keywords: ['RunContainerError', 'executable file not found', 'exec format error', 'permission denied', 'command', '容器启动失败', '命令不存在'],
    docs: [
      { url: URLS.containerStates, label: 'Pod Lifecycle: Container states' },
      { url: URLS.debugPods, label: 'Debug Pods' },
    ],
    commands: [DESCRIBE, { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].command}'", docker: 'docker image inspect --format "{{.Config.Entrypoint}} {{.Config.Cmd}}" <image>' }],
    related: ['reason-start-error', 'reason-create-container-error', 'reason-crash-loop-backoff', 'container-runtime'],
    text: {
      en: {
        title: 'RunContainerError',
        summary: 'The container was created but the runtime failed to start it.',
        body: para(
          `RunContainerError is reported when the runtime's StartContainer call fails. With containerd and runc this is typically the container's process failing to launch: "executable file not found in $PATH", "permission denied", "exec format error" (an image built for another CPU architecture) or a missing working directory. The failed attempt usually leaves a terminated state with reason StartError and exit code 128 in lastState.`,
          `The kubelet retries with the normal restart back-off, so the Pod soon shows CrashLoopBackOff. Compare command and args in the spec with the image's entrypoint, and check the image's architecture; docker run with the same command reproduces the error locally.`,
        ),
      },
      zh: {
        title: 'RunContainerError（容器启动失败）',
        summary: '容器已创建，但运行时未能启动它。',
        body: para(
          `运行时的 StartContainer 调用失败时报告 RunContainerError。使用 containerd 和 runc 时，通常是容器进程无法启动：“executable file not found in $PATH”、“permission denied”、“exec format error”（镜像是为其他 CPU 架构构建的），或工作目录不存在。这次失败的尝试通常会在 lastState 中留下原因为 StartError、退出码为 128 的终止状态。`,
          `kubelet 按常规的重启退避重试，因此 Pod 很快会显示 CrashLoopBackOff。请对照规约中的 command、args 与镜像的入口点，并检查镜像架构；在本地用 docker run 执行同样的命令可以复现错误。`,
        ),
      },
    },
  },

  'reason-crash-loop-backoff': {
    id: 'reason-crash-loop-backoff',
    keywords: ['CrashLoopBackOff', 'crash loop', 'back-off restarting failed container', 'restarts', 'BackOff', '崩溃循环', '反复重启', '重启退避', '容器崩溃'],
    docs: [
      { url: URLS.containerRestarts, label: 'How Pods handle problems with containers' },
      { url: URLS.restartPolicy, label: 'Pod Lifecycle: Container restart policy' },
      { url: URLS.debugPods, label: 'Debug Pods' },
    ],
    commands: [PREVIOUS_LOGS, DESCRIBE],
    related: ['restart-policy', 'container-states', 'reason-error', 'reason-oom-killed', 'liveness-probe', 'phase-running'],
    text: {
      en: {
        title: 'CrashLoopBackOff',
        summary: 'The container keeps exiting; the kubelet restarts it after a growing delay: 10 s, 20 s, 40 s … capped at 300 s.',
        body: para(
          `CrashLoopBackOff is not an error in itself: it is the kubelet pausing between restarts of a container that keeps terminating, whether it crashes, exits, or is killed by a failed liveness or startup probe. The delay starts at 10 seconds, doubles after each restart up to 5 minutes, and resets once the container has run for 10 minutes without trouble.`,
          `The phase usually stays Running and restartCount keeps growing. Why it died is in lastState.terminated (reason and exitCode), and the best first step is the previous instance's output: kubectl logs <pod> -c <container> --previous. Error with exit 1 points at the application, OOMKilled with 137 at memory, StartError with 128 at the command, and Completed with 0 means the process simply finished while restartPolicy Always restarts it anyway.`,
        ),
      },
      zh: {
        title: 'CrashLoopBackOff（崩溃循环退避）',
        summary: '容器反复退出，kubelet 以递增的间隔重启它：10 秒、20 秒、40 秒……上限 300 秒。',
        body: para(
          `CrashLoopBackOff 本身并不是错误，而是 kubelet 在重启一个反复终止的容器之间的等待，不论容器是崩溃、自行退出，还是因存活或启动探针失败被杀。等待时间从 10 秒开始，每重启一次翻倍，最长 5 分钟；容器正常运行满 10 分钟后重置。`,
          `此时阶段通常仍是 Running，restartCount 不断增加。容器为何退出记录在 lastState.terminated（reason 和 exitCode）中，第一步最好查看上一个实例的输出：kubectl logs <pod> -c <container> --previous。Error 且退出码 1 指向应用本身，OOMKilled 和 137 指向内存，StartError 和 128 指向启动命令；Completed 和 0 则表示进程只是正常结束了，但 restartPolicy 为 Always 仍会重启它。`,
        ),
      },
    },
  },

  'reason-pre-start-hook-error': {
    id: 'reason-pre-start-hook-error',
    keywords: ['PreStartHookError', 'Internal PreStartContainer hook failed', 'CPU manager', 'topology manager', '启动前回调', '启动前钩子', '资源管理器'],
    docs: [
      { url: URLS.lifecycleHooks, label: 'Container Lifecycle Hooks' },
      { url: URLS.debugPods, label: 'Debug Pods' },
    ],
    commands: [DESCRIBE, { kubectl: 'kubectl describe node <node>' }],
    related: ['kubelet', 'reason-post-start-hook-error', 'resources', 'container-states'],
    text: {
      en: {
        title: 'PreStartHookError',
        summary: "An internal kubelet step before starting the container failed (its resource managers); it is not a hook you defined.",
        body: para(
          `PreStartHookError comes from the kubelet's own pre-start step, which runs after the runtime has created the container and before it is started. The kubelet uses it to let its CPU, memory and topology managers pin the container to particular CPUs or NUMA nodes. The event reads "Internal PreStartContainer hook failed: ...".`,
          `Nothing in the container's lifecycle field causes it: Kubernetes has no user-defined pre-start hook (only postStart and preStop). Look at the node instead, for example resource-manager state that no longer matches the machine. The kubelet retries; its logs on that node hold the detail.`,
        ),
      },
      zh: {
        title: 'PreStartHookError（启动前内部回调失败）',
        summary: '启动容器前 kubelet 内部的一步（资源管理器）失败了，与你定义的回调无关。',
        body: para(
          `PreStartHookError 来自 kubelet 自己的启动前步骤：运行时创建容器之后、启动容器之前执行。kubelet 借这一步让 CPU、内存和拓扑管理器把容器绑定到特定的 CPU 或 NUMA 节点上。事件内容为 “Internal PreStartContainer hook failed: ...”。`,
          `容器的 lifecycle 字段不会引起它：Kubernetes 没有用户可定义的启动前回调（只有 postStart 和 preStop）。应检查节点，例如资源管理器的状态与机器实际情况不一致。kubelet 会重试；该节点上的 kubelet 日志里有详细信息。`,
        ),
      },
    },
  },

  'reason-post-start-hook-error': {
    id: 'reason-post-start-hook-error',
    keywords: ['PostStartHookError', 'postStart', 'FailedPostStartHook', 'lifecycle hook', '回调', '生命周期回调', '启动后回调', '启动后钩子', '生命周期钩子'],
    docs: [{ url: URLS.lifecycleHooks, label: 'Container Lifecycle Hooks' }],
    commands: [EVENTS, { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].lifecycle}'" }],
    related: ['reason-pre-start-hook-error', 'restart-policy', 'container-states', 'reason-crash-loop-backoff'],
    text: {
      en: {
        title: 'PostStartHookError',
        summary: "The container's postStart hook failed, so the kubelet killed the container.",
        body: para(
          `A postStart hook (lifecycle.postStart with exec, httpGet or sleep) runs right after the container starts, alongside its entrypoint, and the container is not reported Running until the hook has finished. If the hook fails, the kubelet records a FailedPostStartHook event, kills the container, and restartPolicy decides what happens next.`,
          `The hook's output does not appear in kubectl logs; the event message is usually the only clue. Check that the hook's command exists in the image and does not assume the application is already up: nothing orders the hook relative to the entrypoint.`,
        ),
      },
      zh: {
        title: 'PostStartHookError（启动后回调失败）',
        summary: '容器的 postStart 回调执行失败，kubelet 因此杀掉了容器。',
        body: para(
          `postStart 回调（lifecycle.postStart，可用 exec、httpGet 或 sleep）在容器启动后立即执行，与入口进程同时进行；回调完成之前，容器不会被报告为 Running。回调失败时，kubelet 记录 FailedPostStartHook 事件并杀掉容器，之后如何处理由 restartPolicy 决定。`,
          `回调的输出不会出现在 kubectl logs 里，事件消息往往是唯一线索。请确认回调里的命令在镜像中存在，并且不要假定应用已经启动：回调与入口进程之间没有先后保证。`,
        ),
      },
    },
  },

  'reason-completed': {
    id: 'reason-completed',
    keywords: ['Completed', 'exit code 0', 'exit 0', 'finished', '已完成', '正常退出', '退出码 0'],
    docs: [
      { url: URLS.containerStates, label: 'Pod Lifecycle: Container states' },
      { url: URLS.restartPolicy, label: 'Pod Lifecycle: Container restart policy' },
    ],
    commands: [STATES_CMD, { kubectl: 'kubectl logs <pod> -c <container>', docker: 'docker ps -a' }],
    related: ['phase-succeeded', 'restart-policy', 'job', 'reason-crash-loop-backoff'],
    text: {
      en: {
        title: 'Completed',
        summary: 'Terminated reason for a container that exited with code 0.',
        body: para(
          `Completed means the process ended on its own with exit code 0, that is, success. For a Job or a one-off Pod this is the goal: once every container has Completed and restartPolicy will not restart them, the Pod's phase is Succeeded and kubectl shows Completed.`,
          `In a Deployment it signals trouble: restartPolicy Always restarts the container even after success, and if the process keeps exiting the Pod cycles between Completed and CrashLoopBackOff. The main process must stay in the foreground; a script that starts a daemon and returns is a common Docker habit that breaks here.`,
        ),
      },
      zh: {
        title: 'Completed（已完成）',
        summary: '容器以退出码 0 结束时的终止原因。',
        body: para(
          `Completed 表示进程自行结束且退出码为 0，也就是成功。对 Job 或一次性 Pod 来说这正是目标：所有容器都 Completed 且 restartPolicy 不会再重启它们时，Pod 的阶段为 Succeeded，kubectl 显示 Completed。`,
          `在 Deployment 中这却是问题信号：restartPolicy 为 Always 时，容器成功退出也会被重启；进程不断退出，Pod 就会在 Completed 和 CrashLoopBackOff 之间循环。主进程必须在前台持续运行；用脚本启动后台守护进程后立即返回，是在 Docker 中常见、在这里却会出错的写法。`,
        ),
      },
    },
  },

  'reason-error': {
    id: 'reason-error',
    keywords: ['Error', 'exit code', 'non-zero exit', 'exit 1', '137', '143', '错误', '非零退出', '退出码'],
    docs: [
      { url: URLS.containerStates, label: 'Pod Lifecycle: Container states' },
      { url: URLS.terminationReason, label: 'Determine the Reason for Pod Failure' },
    ],
    commands: [PREVIOUS_LOGS, STATES_CMD],
    related: ['container-states', 'reason-crash-loop-backoff', 'reason-oom-killed', 'phase-failed', 'pod-deletion-flow'],
    text: {
      en: {
        title: 'Error',
        summary: 'Terminated reason for a container that exited with a non-zero code.',
        body: para(
          `Error is the generic reason for a process that exited with a non-zero code when the runtime has no more specific explanation. The code is in terminated.exitCode: 1 or 2 usually come from the application itself; 126 and 127 are a shell saying the command was not executable or not found; codes above 128 mean the process died from signal (code − 128), so 143 is SIGTERM and 137 SIGKILL, for example at the end of a deletion grace period.`,
          `The output just before the exit is the best clue: kubectl logs <pod> -c <container> --previous if the container has restarted since. docker ps -a shows the same situation as "Exited (1)".`,
        ),
      },
      zh: {
        title: 'Error（错误退出）',
        summary: '容器以非零退出码结束时的终止原因。',
        body: para(
          `Error 是通用原因：进程以非零退出码结束，而运行时没有更具体的解释。退出码记录在 terminated.exitCode 中：1 或 2 通常来自应用本身；126、127 是 shell 报告命令不可执行或找不到；大于 128 表示进程被信号（退出码 − 128）终止，例如 143 是 SIGTERM，137 是 SIGKILL（如删除宽限期结束时）。`,
          `退出前的输出是最好的线索：如果容器已经重启，用 kubectl logs <pod> -c <container> --previous 查看。在 docker ps -a 中，同样的情况显示为 “Exited (1)”。`,
        ),
      },
    },
  },

  'reason-oom-killed': {
    id: 'reason-oom-killed',
    keywords: ['OOMKilled', 'OOM', 'out of memory', 'exit code 137', 'memory limit', '内存溢出', '内存不足', 'OOM 杀死', '内存限制'],
    docs: [
      { url: URLS.assignMemory, label: 'Assign Memory Resources to Containers and Pods' },
      { url: URLS.resources, label: 'Resource Management for Pods and Containers' },
    ],
    commands: [
      STATES_CMD,
      { kubectl: 'kubectl top pod <pod> --containers', docker: 'docker stats <container>', note: { en: 'kubectl top needs metrics-server.', zh: 'kubectl top 需要集群安装 metrics-server。' } },
    ],
    related: ['resources', 'qos-class', 'cgroups', 'reason-crash-loop-backoff', 'node-condition-memory-pressure'],
    text: {
      en: {
        title: 'OOMKilled',
        summary: "The container was killed by the kernel's out-of-memory killer; exit code 137.",
        body: para(
          `OOMKilled means the kernel killed the container's process for using too much memory, usually because it went over its own memory limit (resources.limits.memory, enforced by the container's cgroup), sometimes because the whole node ran out of memory. The process receives SIGKILL, so the exit code is 137 (128 + 9) and it gets no chance to log why.`,
          `Unlike CPU, memory cannot be throttled: going over the limit is fatal every time. Compare the limit with real usage (kubectl top pod <pod> --containers), then raise the limit or make the application use less, for example by sizing a JVM or Node.js heap to fit. Docker reports the same thing as State.OOMKilled: true.`,
          `Node-pressure eviction is different: when a node runs low on memory the kubelet may evict whole Pods (phase Failed, reason Evicted) before the kernel has to step in.`,
        ),
      },
      zh: {
        title: 'OOMKilled（内存溢出被杀）',
        summary: '容器被内核的 OOM killer 杀死，退出码 137。',
        body: para(
          `OOMKilled 表示内核因容器进程占用内存过多而杀死了它。通常是超过了容器自身的内存限制（resources.limits.memory，由容器的 cgroup 强制执行），有时则是整个节点内存耗尽。进程收到 SIGKILL，所以退出码是 137（128 + 9），也来不及记录任何原因。`,
          `内存与 CPU 不同，无法被限流：一旦超过限制，每次都会被杀。先对比限制与实际用量（kubectl top pod <pod> --containers），再提高限制或降低应用的内存占用，例如让 JVM 或 Node.js 的堆大小与限制相匹配。Docker 中同样的情况表现为 State.OOMKilled: true。`,
          `节点压力驱逐是另一回事：节点内存紧张时，kubelet 可能在内核出手之前驱逐整个 Pod（阶段 Failed，原因 Evicted）。`,
        ),
      },
    },
  },

  'reason-start-error': {
    id: 'reason-start-error',
    keywords: ['StartError', 'exit code 128', 'executable file not found', 'entrypoint', '启动错误', '命令不存在', '退出码 128'],
    docs: [
      { url: URLS.containerStates, label: 'Pod Lifecycle: Container states' },
      { url: URLS.terminationReason, label: 'Determine the Reason for Pod Failure' },
    ],
    commands: [STATES_CMD, { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].command}'", docker: 'docker image inspect --format "{{.Config.Entrypoint}} {{.Config.Cmd}}" <image>' }],
    related: ['reason-run-container-error', 'reason-crash-loop-backoff', 'container-states', 'image'],
    text: {
      en: {
        title: 'StartError',
        summary: 'Terminated reason when the runtime could not start the process; exit code 128.',
        body: para(
          `StartError is recorded when the container was created but its process could not be started: the command or entrypoint does not exist in the image, is not executable, or was built for another architecture. None of the application's code ran; the exit code is 128 and startedAt often shows the zero time (1970-01-01).`,
          `terminated.message carries the runtime's error. Compare command and args with the image's entrypoint (docker image inspect shows Entrypoint and Cmd) and fix the spec. Retries follow the restart back-off, so the Pod soon shows RunContainerError or CrashLoopBackOff.`,
        ),
      },
      zh: {
        title: 'StartError（启动错误）',
        summary: '运行时无法启动容器进程时的终止原因，退出码 128。',
        body: para(
          `容器已创建、但进程无法启动时记录 StartError：镜像中不存在指定的命令或入口点、文件不可执行，或镜像是为其他架构构建的。应用的代码一行都没有运行；退出码为 128，startedAt 常显示为零值时间（1970-01-01）。`,
          `terminated.message 中有运行时给出的错误。请对照规约中的 command、args 与镜像的入口点（docker image inspect 可查看 Entrypoint 和 Cmd）并修正规约。重试遵循重启退避，所以 Pod 很快会显示 RunContainerError 或 CrashLoopBackOff。`,
        ),
      },
    },
  },

  'reason-container-status-unknown': {
    id: 'reason-container-status-unknown',
    keywords: ['ContainerStatusUnknown', 'could not be located', 'exit code 137', '容器状态未知', '容器丢失'],
    docs: [
      { url: URLS.containerStates, label: 'Pod Lifecycle: Container states' },
      { url: URLS.nodePressureEviction, label: 'Node-pressure Eviction' },
    ],
    commands: [STATES_CMD, EVENTS],
    related: ['container-states', 'kubelet', 'node-condition-ready', 'phase-failed'],
    text: {
      en: {
        title: 'ContainerStatusUnknown',
        summary: 'Set by the kubelet for a container it can no longer find; recorded with exit code 137.',
        body: para(
          `ContainerStatusUnknown means the kubelet expected a container to exist but the runtime no longer knows it, so how it really ended is unknown. The kubelet records it as terminated with this reason, exit code 137 and a message such as "The container could not be located when the pod was terminated".`,
          `It typically follows a node reboot, a container removed behind the kubelet's back, or an eviction where the container was already gone. It describes bookkeeping, not the application: check the node's events and whether the Pod was evicted or its node restarted.`,
        ),
      },
      zh: {
        title: 'ContainerStatusUnknown（容器状态未知）',
        summary: 'kubelet 找不到某个容器时设置此原因，并记录退出码 137。',
        body: para(
          `ContainerStatusUnknown 表示 kubelet 认为某个容器应该存在，但运行时已经不认识它了，因此它究竟如何结束无从得知。kubelet 把它记为终止状态，原因为此、退出码 137，消息类似 “The container could not be located when the pod was terminated”。`,
          `它通常出现在节点重启、容器被绕过 kubelet 删除，或驱逐时容器已经不存在等情况之后。它反映的是状态记录问题，而不是应用本身：请查看节点事件，确认 Pod 是否被驱逐、节点是否重启过。`,
        ),
      },
    },
  },

  'restart-policy': {
    id: 'restart-policy',
    keywords: ['restartPolicy', 'Always', 'OnFailure', 'Never', 'restart', 'back-off', 'restartCount', '重启策略', '自动重启', '自愈', '退避'],
    docs: [
      { url: URLS.restartPolicy, label: 'Pod Lifecycle: Container restart policy' },
      { url: URLS.containerRestarts, label: 'How Pods handle problems with containers' },
    ],
    commands: [
      {
        kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.restartPolicy}'",
        docker: 'docker run --restart=always <image>',
        note: {
          en: 'Docker sets a restart policy per container: no, on-failure, always, unless-stopped.',
          zh: 'Docker 按容器设置重启策略：no、on-failure、always、unless-stopped。',
        },
      },
    ],
    related: ['reason-crash-loop-backoff', 'init-containers', 'sidecar-containers', 'phase-succeeded', 'phase-failed', 'job', 'deployment'],
    text: {
      en: {
        title: 'Restart policy',
        summary: 'spec.restartPolicy (Always by default, OnFailure or Never) decides whether the kubelet restarts containers that exit.',
        body: para(
          `restartPolicy applies to all app containers and regular init containers of a Pod. Always restarts a container whenever it exits, even with code 0; OnFailure only when it exits with a non-zero code; Never leaves it terminated. Deployments, ReplicaSets, StatefulSets and DaemonSets require Always; Jobs require OnFailure or Never.`,
          `Restarts happen in place (same Pod, same node, same IP) and are slowed by an exponential back-off: 10 s, 20 s, 40 s … capped at 300 s, reset after 10 minutes of healthy running. Each restart increments restartCount, and the waiting time shows as CrashLoopBackOff. A Pod is never moved to another node; replacing Pods is a controller's job.`,
          `A failed init container is restarted under Always and OnFailure; under Never it fails the whole Pod. An init container with its own restartPolicy: Always is a sidecar and is always restarted. Docker's --restart flag (no, on-failure, always, unless-stopped) is the per-container equivalent.`,
        ),
      },
      zh: {
        title: '重启策略（restartPolicy）',
        summary: 'spec.restartPolicy（默认 Always，另有 OnFailure 和 Never）决定 kubelet 是否重启已退出的容器。',
        body: para(
          `restartPolicy 作用于 Pod 的所有应用容器和普通 Init 容器。Always：容器一退出就重启，即使退出码为 0；OnFailure：只在退出码非零时重启；Never：退出后不再重启。Deployment、ReplicaSet、StatefulSet 和 DaemonSet 要求 Always；Job 要求 OnFailure 或 Never。`,
          `重启在原地进行（同一个 Pod、同一个节点、同一个 IP），并受指数退避限制：10 秒、20 秒、40 秒……上限 300 秒，正常运行 10 分钟后重置。每次重启 restartCount 加一，等待期间显示为 CrashLoopBackOff。Pod 永远不会被挪到别的节点；替换 Pod 是控制器的工作。`,
          `Init 容器失败时，在 Always 和 OnFailure 下会被重启；在 Never 下整个 Pod 失败。自身 restartPolicy 设为 Always 的 Init 容器就是边车容器，总会被重启。Docker 的 --restart 参数（no、on-failure、always、unless-stopped）是按容器设置的对应功能。`,
        ),
      },
    },
  },

  'init-containers': {
    id: 'init-containers',
    keywords: ['initContainers', 'init container', 'Init:', 'Init:Error', 'Init:CrashLoopBackOff', 'Init 容器', '初始化容器', '初始化'],
    docs: [{ url: URLS.initContainers, label: 'Init Containers' }],
    commands: [{ kubectl: 'kubectl logs <pod> -c <init-container>' }, { kubectl: "kubectl get pod <pod> -o jsonpath='{.status.initContainerStatuses}'" }],
    related: ['condition-initialized', 'reason-pod-initializing', 'sidecar-containers', 'restart-policy', 'phase-pending'],
    text: {
      en: {
        title: 'Init containers',
        summary: 'Containers in spec.initContainers that run to completion, one after another, before the app containers start.',
        body: para(
          `Init containers prepare a Pod: waiting for a dependency, running a migration, rendering configuration into a shared volume. The kubelet runs them in the order listed, each to completion, and starts the next only after the previous one exited with code 0. When all are done, Initialized becomes True and the app containers start.`,
          `A failing init container is restarted under the Pod's restartPolicy, with back-off; the Pod stays Pending and kubectl shows Init:Error or Init:CrashLoopBackOff. With restartPolicy Never, a failed init container fails the whole Pod. Regular init containers cannot have liveness, readiness or startup probes.`,
          `They share the Pod's volumes and network but may use a different image, with tools the app image lacks. The scheduler reserves the larger of the biggest init container request and the sum of the app containers' requests. Read their output with kubectl logs <pod> -c <init-container>.`,
        ),
      },
      zh: {
        title: 'Init 容器',
        summary: 'spec.initContainers 中的容器：在应用容器启动之前，逐个运行直到完成。',
        body: para(
          `Init 容器负责为 Pod 做准备：等待某个依赖、执行数据库迁移、把配置渲染到共享卷中。kubelet 按列出的顺序逐个运行它们，每个都要运行到结束，只有前一个以退出码 0 结束后才启动下一个。全部完成后，Initialized 变为 True，应用容器随之启动。`,
          `Init 容器失败时会按 Pod 的 restartPolicy 带退避重启；Pod 保持 Pending，kubectl 显示 Init:Error 或 Init:CrashLoopBackOff。restartPolicy 为 Never 时，一个 Init 容器失败就会导致整个 Pod 失败。普通 Init 容器不能配置存活、就绪或启动探针。`,
          `它们与应用容器共享 Pod 的卷和网络，但可以使用不同的镜像，带上应用镜像里没有的工具。调度器预留的资源取“最大的 Init 容器请求”与“应用容器请求之和”中的较大者。用 kubectl logs <pod> -c <init-container> 查看它们的输出。`,
        ),
      },
    },
  },

  'sidecar-containers': {
    id: 'sidecar-containers',
    keywords: ['sidecar', 'restartPolicy Always', 'initContainers', 'native sidecar', '边车', '边车容器', 'Sidecar 容器'],
    docs: [{ url: URLS.sidecarContainers, label: 'Sidecar Containers' }],
    commands: [{ kubectl: "kubectl get pod <pod> -o jsonpath='{range .spec.initContainers[*]}{.name}{\"\\t\"}{.restartPolicy}{\"\\n\"}{end}'" }],
    related: ['init-containers', 'restart-policy', 'startup-probe', 'pod-deletion-flow', 'job'],
    text: {
      en: {
        title: 'Sidecar containers',
        summary: 'Init containers with restartPolicy: Always: they start before the app containers and keep running beside them for the Pod\'s whole life.',
        body: para(
          `Native sidecars (enabled by default since 1.29, stable since 1.33) are entries in initContainers with restartPolicy: Always. The kubelet starts them in order like other init containers, but waits only for them to start (or to pass their startupProbe), not to exit, before moving on to the next init container and then the app containers.`,
          `They keep running alongside the app, are restarted whenever they exit, may have probes, and their readiness counts toward the Pod's. On shutdown they stop last, in reverse order, after the app containers have exited, so a log shipper or proxy outlives the app. They do not keep a Job from completing.`,
          `Older "sidecars" were just extra entries in containers: they start in no guaranteed order and can keep a Job's Pod running forever. kubectl counts native sidecars in the READY column.`,
        ),
      },
      zh: {
        title: '边车容器（Sidecar）',
        summary: 'restartPolicy 为 Always 的 Init 容器：在应用容器之前启动，并在 Pod 的整个生命周期内与之一同运行。',
        body: para(
          `原生边车容器（1.29 起默认启用，1.33 起稳定）是 initContainers 中 restartPolicy 为 Always 的条目。kubelet 像对待其他 Init 容器一样按顺序启动它们，但只等它们启动（或通过启动探针），而不等它们退出，随后继续启动下一个 Init 容器和应用容器。`,
          `它们与应用一同运行，退出后总会被重启，可以配置探针，其就绪状态也计入 Pod 的就绪。关闭时，它们在应用容器退出后才按相反顺序停止，因此日志收集器或代理能比应用活得更久。它们不会阻止 Job 完成。`,
          `旧式“边车”只是 containers 中多写的一个容器：启动顺序没有保证，还可能让 Job 的 Pod 永远无法结束。kubectl 的 READY 列会把原生边车容器计算在内。`,
        ),
      },
    },
  },

  resources: {
    id: 'resources',
    keywords: ['resources', 'requests', 'limits', 'cpu', 'memory', 'millicores', 'throttling', 'Insufficient cpu', '资源请求', '资源限制', '资源限额', 'CPU', '内存', '资源隔离'],
    docs: [
      { url: URLS.resources, label: 'Resource Management for Pods and Containers' },
      { url: URLS.assignMemory, label: 'Assign Memory Resources to Containers and Pods' },
    ],
    commands: [
      {
        kubectl: "kubectl get pod <pod> -o jsonpath='{range .spec.containers[*]}{.name}{\"\\t\"}{.resources}{\"\\n\"}{end}'",
        docker: 'docker run --cpus=0.5 --memory=256m <image>',
        note: {
          en: 'Docker sets only limits (cgroups); it has no requests because it does not schedule.',
          zh: 'Docker 只设置限制（cgroups）；它不做调度，所以没有“请求”的概念。',
        },
      },
      { kubectl: 'kubectl top pod <pod> --containers', docker: 'docker stats' },
    ],
    related: ['qos-class', 'cgroups', 'reason-oom-killed', 'node-allocatable', 'condition-pod-scheduled'],
    text: {
      en: {
        title: 'Resource requests and limits',
        summary: 'requests (what the scheduler reserves) and limits (what the cgroup enforces) for each container\'s CPU and memory.',
        body: para(
          `Each container can declare resources.requests and resources.limits, mostly for cpu (in cores; 500m is half a core) and memory (in bytes, such as 256Mi). The scheduler uses requests only: a Pod fits a node if the requests of the Pods there, plus its own, stay within the node's allocatable. Actual usage does not count, which is why FailedScheduling can say "Insufficient cpu" on an idle cluster.`,
          `Limits are enforced on the node through cgroups. CPU use above the limit is throttled (slowed down); memory above the limit triggers the OOM killer (OOMKilled, exit code 137). If you set only a limit, the request defaults to the same value. Together, requests and limits also decide the Pod's QoS class.`,
          `Docker's --cpus and --memory set the same kind of cgroup limits; Docker has no notion of requests because it does not schedule.`,
        ),
      },
      zh: {
        title: '资源请求与限制（requests / limits）',
        summary: '每个容器的 CPU 和内存请求（调度器预留的量）与限制（cgroup 强制执行的上限）。',
        body: para(
          `每个容器都可以声明 resources.requests 和 resources.limits，主要针对 cpu（单位为核，500m 即半个核）和 memory（单位为字节，例如 256Mi）。调度器只看请求：节点上已有 Pod 的请求加上新 Pod 的请求不超过节点的可分配资源，才能放得下。实际用量不参与计算，所以集群明明很空闲，FailedScheduling 也可能报 “Insufficient cpu”。`,
          `限制由节点通过 cgroups 强制执行。CPU 超过限制会被限流（变慢）；内存超过限制会触发 OOM killer（OOMKilled，退出码 137）。只设置限制时，请求默认等于限制。请求和限制还共同决定 Pod 的 QoS 类别。`,
          `Docker 的 --cpus 和 --memory 设置的是同类 cgroup 限制；Docker 不做调度，所以没有“请求”的概念。`,
        ),
      },
    },
  },

  'qos-class': {
    id: 'qos-class',
    keywords: ['qosClass', 'QoS', 'Guaranteed', 'Burstable', 'BestEffort', 'eviction', 'oom_score_adj', '服务质量', 'QoS 类别', '驱逐顺序'],
    docs: [
      { url: URLS.podQos, label: 'Pod Quality of Service Classes' },
      { url: URLS.nodePressureEviction, label: 'Node-pressure Eviction' },
    ],
    commands: [{ kubectl: "kubectl get pod <pod> -o jsonpath='{.status.qosClass}'" }],
    related: ['resources', 'node-condition-memory-pressure', 'taint-memory-pressure', 'reason-oom-killed', 'cgroups'],
    text: {
      en: {
        title: 'QoS class',
        summary: 'status.qosClass (Guaranteed, Burstable or BestEffort) follows from requests and limits and sets the OOM score; it hints at, but does not decide, eviction order.',
        body: para(
          `Kubernetes derives the QoS class from the containers' resources; you do not set it. Guaranteed: every container has CPU and memory limits, with requests equal to them. BestEffort: no container has any CPU or memory request or limit. Burstable: everything in between.`,
          `When a node runs short of memory or disk, the kubelet ranks Pods for eviction by whether their usage exceeds their requests, then by Priority, then by how far usage exceeds requests. It does not use the QoS class for this ranking; the class is only a good estimate, because a BestEffort Pod requests nothing (any usage is above its request) and a Guaranteed Pod cannot use more CPU or memory than it requested. The class does set the kernel's OOM score (oom_score_adj), so in a node-wide OOM BestEffort processes are killed first.`,
          `The class is fixed when the Pod is created and shown in status.qosClass and kubectl describe pod. New BestEffort Pods are not scheduled onto a node with the memory-pressure taint.`,
        ),
      },
      zh: {
        title: 'QoS 类别（服务质量）',
        summary: 'status.qosClass（Guaranteed、Burstable 或 BestEffort）由请求和限制推导而来，决定 OOM 评分；它能帮助估计驱逐顺序，但并不决定驱逐顺序。',
        body: para(
          `QoS 类别由 Kubernetes 根据容器的资源设置推导，无需手动设置。Guaranteed：每个容器都设置了 CPU 和内存限制，且请求等于限制。BestEffort：所有容器都没有设置任何 CPU 或内存的请求与限制。Burstable：介于两者之间的所有情况。`,
          `节点内存或磁盘紧张时，kubelet 依次按用量是否超过请求、优先级（Priority）、用量超出请求的多少，给 Pod 排出驱逐顺序。它排序时不使用 QoS 类别；QoS 类别只是一个不错的估计：BestEffort Pod 没有任何请求（任何用量都超出请求），而 Guaranteed Pod 的 CPU 和内存用量不会超过其请求。QoS 类别确实决定内核的 OOM 评分（oom_score_adj），所以节点整体内存耗尽时，BestEffort 的进程最先被杀。`,
          `类别在 Pod 创建时确定，显示在 status.qosClass 和 kubectl describe pod 中。新的 BestEffort Pod 不会被调度到带有 memory-pressure 污点的节点上。`,
        ),
      },
    },
  },
};
