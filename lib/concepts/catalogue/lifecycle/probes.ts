import type { ConceptId } from '../../ids';
import type { ConceptEntry } from '../../types';
import { para, URLS } from './shared';

/** Sections 9-10 of the source sheet: health checks and image pull policy (k8s-facts.md §1, §4). */
export type ProbeConceptId = Extract<ConceptId, 'liveness-probe' | 'readiness-probe' | 'startup-probe' | 'image-pull-policy'>;

export const probeConcepts: Record<ProbeConceptId, ConceptEntry> = {
  'liveness-probe': {
    id: 'liveness-probe',
    keywords: ['livenessProbe', 'liveness', 'health check', 'probe', 'Unhealthy', 'Killing', '健康检查', '探针', '存活探针', '存活检查', '容器重启'],
    docs: [
      { url: URLS.containerProbes, label: 'Pod Lifecycle: Container probes' },
      { url: URLS.configureProbes, label: 'Configure Liveness, Readiness and Startup Probes' },
    ],
    commands: [
      {
        kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].livenessProbe}'",
        docker: "docker inspect --format '{{json .State.Health}}' <container>",
        note: {
          en: 'Docker HEALTHCHECK only marks a container unhealthy; it does not restart it. A Kubernetes liveness failure does.',
          zh: 'Docker 的 HEALTHCHECK 只会把容器标记为 unhealthy，不会重启它；Kubernetes 存活探针失败则会重启容器。',
        },
      },
      {
        kubectl: 'kubectl describe pod <pod>',
        note: { en: 'Look for Unhealthy and Killing events and the restart count.', zh: '查看 Unhealthy、Killing 事件和重启次数。' },
      },
    ],
    related: ['readiness-probe', 'startup-probe', 'restart-policy', 'reason-crash-loop-backoff', 'kubelet', 'container-states'],
    text: {
      en: {
        title: 'Liveness probe',
        summary: 'A periodic check run by the kubelet; after failureThreshold failures in a row the container is killed and restarted under restartPolicy.',
        body: para(
          `A livenessProbe answers one question: is this container still working, or is it stuck and better restarted? The kubelet on the Pod's node runs the check, not the control plane. Each probe uses exactly one handler: exec (the command exits 0), httpGet (a status code from 200 to 399), tcpSocket (the port accepts a connection) or grpc (the health service answers SERVING).`,
          `Defaults: initialDelaySeconds 0, periodSeconds 10, timeoutSeconds 1, successThreshold 1 (it must be 1 for liveness) and failureThreshold 3. A container that stops answering is therefore killed after about initialDelaySeconds + failureThreshold × periodSeconds, roughly 30 seconds with the defaults. The kubelet records an Unhealthy event, then Killing, and the container is restarted under the Pod's restartPolicy; repeated restarts are slowed down by CrashLoopBackOff.`,
          `While a startupProbe is defined, the liveness probe does not run until the startup probe has succeeded. A container without a liveness probe always counts as alive. Add one only when a restart really fixes the failure, such as a deadlock: a liveness probe that checks a shared dependency like a database can restart every replica at the same moment.`,
        ),
        misconception: {
          belief: 'Kubernetes has only two kinds of health check: liveness and readiness probes.',
          correction:
            'There is a third, the startupProbe. While it is set, liveness and readiness checks wait until it succeeds. Only a failing liveness (or startup) probe restarts a container; a failing readiness probe never does.',
        },
      },
      zh: {
        title: '存活探针（livenessProbe）',
        summary: '由 kubelet 定期执行的检查；连续失败 failureThreshold 次后，容器会被杀掉，并按 restartPolicy 重启。',
        body: para(
          `存活探针只回答一个问题：这个容器还在正常工作，还是已经卡死、不如重启？执行检查的是 Pod 所在节点上的 kubelet，而不是控制平面。每个探针只能使用一种检查方式：exec（命令退出码为 0）、httpGet（HTTP 状态码在 200 到 399 之间）、tcpSocket（端口能建立连接）或 grpc（健康检查服务返回 SERVING）。`,
          `默认值：initialDelaySeconds 0、periodSeconds 10、timeoutSeconds 1、successThreshold 1（存活探针必须为 1）、failureThreshold 3。因此容器停止响应后，大约经过 initialDelaySeconds + failureThreshold × periodSeconds（默认约 30 秒）就会被杀掉。kubelet 先记录 Unhealthy 事件，再记录 Killing 事件，随后按 Pod 的 restartPolicy 重启容器；反复重启会被 CrashLoopBackOff 退避机制放慢。`,
          `如果定义了启动探针（startupProbe），存活探针要等启动探针成功之后才开始执行。没有配置存活探针的容器一律视为存活。只有当重启确实能解决问题（例如死锁）时才值得配置；如果存活探针去检查数据库这类共享依赖，依赖一出故障，所有副本就会被同时重启。`,
        ),
        misconception: {
          belief: 'Kubernetes 只有两种健康检查：存活探针和就绪探针。',
          correction:
            '还有第三种：启动探针（startupProbe）。只要设置了它，存活和就绪检查都要等它成功后才开始。只有存活探针（或启动探针）失败才会重启容器，就绪探针失败从不会重启容器。',
        },
      },
    },
  },

  'readiness-probe': {
    id: 'readiness-probe',
    keywords: ['readinessProbe', 'readiness', 'health check', 'probe', 'Ready', 'not ready', 'endpoint', '健康检查', '探针', '就绪探针', '就绪检查', '流量'],
    docs: [
      { url: URLS.containerProbes, label: 'Pod Lifecycle: Container probes' },
      { url: URLS.configureProbes, label: 'Configure Liveness, Readiness and Startup Probes' },
    ],
    commands: [
      {
        kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].readinessProbe}'",
      },
      {
        kubectl: 'kubectl get endpointslices -l kubernetes.io/service-name=<service> -o wide',
        note: {
          en: 'A Pod failing readiness stays listed but with ready=false, so it gets no traffic.',
          zh: '就绪检查失败的 Pod 仍列在其中，但 ready=false，因此不会收到流量。',
        },
      },
    ],
    related: ['liveness-probe', 'startup-probe', 'condition-ready', 'condition-containers-ready', 'endpointslice', 'service'],
    text: {
      en: {
        title: 'Readiness probe',
        summary: 'Decides whether the container gets Service traffic; a failure marks the Pod not Ready and never restarts the container.',
        body: para(
          `A readinessProbe tells Kubernetes whether the container can serve requests right now. It runs for the container's whole life, not only at start-up, with the same handlers as the other probes (exec exit 0, httpGet 200 to 399, tcpSocket, grpc SERVING) and the same defaults: initialDelaySeconds 0, periodSeconds 10, timeoutSeconds 1, successThreshold 1, failureThreshold 3.`,
          `A readiness failure never restarts the container. The container keeps running, its ready flag turns false, the Pod's ContainersReady and Ready conditions become False, and the Pod's endpoint in every matching Service's EndpointSlice is marked ready: false, so kube-proxy and load balancers send it no new traffic. When the probe passes again the Pod rejoins by itself. The kubelet records Unhealthy events, and the READY column shows something like 0/1.`,
          `Before the first success the readiness result is Failure, so a Pod with a readiness probe starts without traffic. A container without one is ready as soon as it is running (and its startup probe, if any, has passed). Use readiness for temporary states such as warming a cache, overload or a missing back end, and keep liveness for states that only a restart fixes.`,
        ),
        misconception: {
          belief: 'A failing readiness probe restarts the container, just like a liveness probe.',
          correction:
            'A failing readiness check never restarts anything. It only takes the Pod out of Service load balancing (Ready=False, endpoint ready=false) until the check passes again. Restarts come from liveness or startup probes.',
        },
      },
      zh: {
        title: '就绪探针（readinessProbe）',
        summary: '决定容器能否接收 Service 流量；失败时 Pod 变为未就绪，但容器从不会因此被重启。',
        body: para(
          `就绪探针告诉 Kubernetes：这个容器现在能不能处理请求。它在容器的整个生命周期内持续运行，而不只是在启动阶段；检查方式与其他探针相同（exec 退出码 0、httpGet 状态码 200 到 399、tcpSocket、grpc 返回 SERVING），默认值也相同：initialDelaySeconds 0、periodSeconds 10、timeoutSeconds 1、successThreshold 1、failureThreshold 3。`,
          `就绪检查失败不会重启容器。容器继续运行，但它的 ready 标志变为 false，Pod 的 ContainersReady 和 Ready 状况变为 False；在所有匹配 Service 的 EndpointSlice 中，该 Pod 的端点被标记为 ready: false，kube-proxy 和负载均衡器便不再向它发送新流量。探针重新通过后，Pod 会自动回到后端列表。kubelet 会记录 Unhealthy 事件，READY 列显示类似 0/1。`,
          `在第一次成功之前，就绪结果默认是 Failure，所以配置了就绪探针的 Pod 启动时不接收流量。没有就绪探针的容器只要运行起来（且启动探针已通过）就算就绪。就绪探针适合处理暂时性的状态，如预热缓存、过载或后端依赖不可用；只有重启才能恢复的状态才交给存活探针。`,
        ),
        misconception: {
          belief: '就绪探针失败会像存活探针一样重启容器。',
          correction: '就绪检查失败从不重启任何东西，只是把 Pod 从 Service 的负载均衡中摘除（Ready=False，端点 ready=false），直到检查重新通过。重启只来自存活探针或启动探针。',
        },
      },
    },
  },

  'startup-probe': {
    id: 'startup-probe',
    keywords: ['startupProbe', 'startup', 'slow start', 'health check', 'probe', 'started', '健康检查', '探针', '启动探针', '启动检查', '慢启动'],
    docs: [
      { url: URLS.containerProbes, label: 'Pod Lifecycle: Container probes' },
      { url: URLS.configureProbes, label: 'Configure Liveness, Readiness and Startup Probes' },
    ],
    commands: [
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].startupProbe}'" },
      {
        kubectl: "kubectl get pod <pod> -o jsonpath='{range .status.containerStatuses[*]}{.name}{\"\\t\"}{.started}{\"\\n\"}{end}'",
        note: { en: 'started turns true once the startup probe has passed.', zh: '启动探针通过后，started 变为 true。' },
      },
    ],
    related: ['liveness-probe', 'readiness-probe', 'sidecar-containers', 'restart-policy', 'container-states'],
    text: {
      en: {
        title: 'Startup probe',
        summary: 'Protects slow-starting containers: liveness and readiness checks wait until it succeeds, and if it never does the container is restarted.',
        body: para(
          `A startupProbe checks whether the application inside the container has finished starting. While it is defined and has not yet succeeded, the kubelet runs neither the liveness nor the readiness probe. After its first success it stops for that container and the other probes take over.`,
          `It uses the same handlers and defaults as the other probes, and its successThreshold must be 1. The container gets up to failureThreshold × periodSeconds to start (failureThreshold 30 with periodSeconds 10 allows five minutes) without making the liveness check slow for the rest of its life. If that time runs out, the kubelet kills the container and restartPolicy applies, just as after a failed liveness probe.`,
          `containerStatuses[].started shows the result: it becomes true once the startup probe passes, or as soon as the container runs if there is no startup probe. Sidecar containers can have one too; the kubelet waits for it before starting the next init container.`,
        ),
        misconception: {
          belief: 'Only liveness and readiness probes exist, so a slow application needs a huge initialDelaySeconds on its liveness probe.',
          correction:
            'The startupProbe exists for exactly this case. While it is set, liveness and readiness are disabled until it succeeds, so a slow start no longer forces a slow liveness check. A failed readiness check, by contrast, never restarts a container.',
        },
      },
      zh: {
        title: '启动探针（startupProbe）',
        summary: '保护启动缓慢的容器：存活和就绪检查要等它成功后才开始；如果它一直不成功，容器会被重启。',
        body: para(
          `启动探针检查容器里的应用是否已经完成启动。只要定义了启动探针且它尚未成功，kubelet 就既不执行存活探针，也不执行就绪探针。它第一次成功后，对该容器就不再执行，由其他探针接手。`,
          `它的检查方式和默认值与其他探针相同，successThreshold 必须为 1。容器最多有 failureThreshold × periodSeconds 的时间完成启动（例如 failureThreshold 30、periodSeconds 10，即五分钟），而存活检查在之后的整个生命周期里仍可保持灵敏。超过这段时间仍未成功，kubelet 就会杀掉容器并按 restartPolicy 处理，和存活探针失败一样。`,
          `containerStatuses[].started 反映结果：启动探针通过后变为 true；没有启动探针时，容器一运行就为 true。边车容器也可以配置启动探针，kubelet 会等它通过后再启动下一个 Init 容器。`,
        ),
        misconception: {
          belief: '只有存活探针和就绪探针，所以启动慢的应用只能给存活探针设置很大的 initialDelaySeconds。',
          correction: '启动探针正是为这种情况设计的。设置它之后，存活和就绪检查会一直停用到它成功为止，慢启动不再迫使存活检查变得迟钝。相比之下，就绪检查失败从不会重启容器。',
        },
      },
    },
  },

  'image-pull-policy': {
    id: 'image-pull-policy',
    keywords: ['imagePullPolicy', 'Always', 'IfNotPresent', 'Never', 'latest', 'tag', 'digest', 'pull', '镜像拉取策略', '拉取策略', '镜像', '镜像标签', '拉取镜像'],
    docs: [
      { url: URLS.imagePullPolicy, label: 'Images: Image pull policy' },
      { url: URLS.imagePullPolicyDefaulting, label: 'Images: Default image pull policy' },
    ],
    commands: [
      {
        kubectl: "kubectl get pod <pod> -o jsonpath='{range .spec.containers[*]}{.name}{\"\\t\"}{.image}{\"\\t\"}{.imagePullPolicy}{\"\\n\"}{end}'",
        docker: 'docker run --pull=missing <image>',
        note: {
          en: 'docker run --pull takes always, missing (its default) or never, which correspond to Always, IfNotPresent and Never.',
          zh: 'docker run --pull 可取 always、missing（默认值）或 never，分别对应 Always、IfNotPresent 和 Never。',
        },
      },
      {
        kubectl: 'kubectl events --for pod/<pod>',
        note: { en: 'Pulling and Pulled events show when the kubelet pulled the image.', zh: 'Pulling 和 Pulled 事件显示 kubelet 何时拉取了镜像。' },
      },
    ],
    related: ['image', 'reason-err-image-pull', 'reason-image-pull-backoff', 'reason-err-image-never-pull', 'kubelet', 'container-runtime'],
    text: {
      en: {
        title: 'Image pull policy',
        summary: 'When the kubelet pulls a container image: Always, IfNotPresent or Never; if omitted, it is set once at creation from the image tag.',
        body: para(
          `imagePullPolicy is set per container. Always: every time the container starts, the kubelet asks the registry for the image's current digest and downloads only the layers it lacks, so an unchanged image is not downloaded again. IfNotPresent: pull only when the image is not on the node yet. Never: never contact a registry; if the image is missing the container waits with ErrImageNeverPull.`,
          `If you leave the field out, the API server fills it in when the object is created. An image tagged :latest, or with no tag at all (which means latest), gets Always. Any other tag gets IfNotPresent, and so does an image pinned by digest (name@sha256:...). The value is decided once: if you later change the image's tag, the policy is not updated, so you must change it yourself.`,
          `Pulls happen on the node and show as Pulling and Pulled events; failures show as ErrImagePull, then ImagePullBackOff. Docker's docker run --pull always, missing or never is the same choice. For reproducible deployments, pin a version tag or a digest instead of :latest.`,
        ),
        misconception: {
          belief: 'Only the tag latest gives Always; every other image gets IfNotPresent.',
          correction:
            'An image with no tag at all also defaults to Always, because no tag means :latest. Any other tag, or a digest, defaults to IfNotPresent. The default is written once when the object is created and is not updated when the tag changes later.',
        },
      },
      zh: {
        title: '镜像拉取策略（imagePullPolicy）',
        summary: 'kubelet 何时拉取容器镜像：Always、IfNotPresent 或 Never；未填写时，创建对象时根据镜像标签一次性设定。',
        body: para(
          `imagePullPolicy 按容器设置。Always：每次启动容器时，kubelet 都向镜像仓库查询镜像当前的摘要（digest），只下载本地缺少的层，镜像没变就不会重新下载。IfNotPresent：节点上没有该镜像时才拉取。Never：从不访问镜像仓库；镜像不在节点上时，容器以 ErrImageNeverPull 原因一直等待。`,
          `如果不填这个字段，API 服务器会在创建对象时自动补上：镜像标签为 :latest，或者根本没有标签（没有标签即等于 latest），设为 Always；其他任何标签设为 IfNotPresent；用摘要固定的镜像（name@sha256:...）也设为 IfNotPresent。这个值只在创建时决定一次：之后修改镜像标签不会随之更新，需要手动修改。`,
          `拉取在节点上进行，表现为 Pulling 和 Pulled 事件；失败时显示 ErrImagePull，随后是 ImagePullBackOff。Docker 中 docker run --pull always、missing、never 是同样的选择。为了可重复部署，请固定版本标签或摘要，而不要使用 :latest。`,
        ),
        misconception: {
          belief: '只有 latest 标签对应 Always，其他镜像都是 IfNotPresent。',
          correction: '完全没有标签的镜像也默认为 Always，因为没有标签就等于 :latest。其他任何标签或摘要默认为 IfNotPresent。默认值只在对象创建时写入一次，之后修改标签不会更新它。',
        },
      },
    },
  },
};
