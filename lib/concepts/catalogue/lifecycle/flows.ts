import type { ConceptId } from '../../ids';
import type { ConceptEntry } from '../../types';
import { para, URLS } from './shared';

/** Sections 12-13 of the source sheet: how a Pod is created and deleted (k8s-facts.md §1). */
export type FlowConceptId = Extract<ConceptId, 'pod-creation-flow' | 'pod-deletion-flow'>;

export const flowConcepts: Record<FlowConceptId, ConceptEntry> = {
  'pod-creation-flow': {
    id: 'pod-creation-flow',
    keywords: ['create', 'creation flow', 'scheduling', 'binding', 'Scheduled', 'Pulling', 'Pulled', 'Created', 'Started', 'watch', '创建流程', 'Pod 创建', '调度', '绑定', '创建过程'],
    docs: [
      { url: URLS.kubeScheduler, label: 'Kubernetes Scheduler' },
      { url: URLS.podLifecycle, label: 'Pod Lifecycle' },
    ],
    commands: [
      {
        kubectl: 'kubectl events --for pod/<pod>',
        note: {
          en: 'Scheduled, Pulling, Pulled, Created, Started: the flow in order. kubectl events sorts by time; get events --sort-by=.lastTimestamp cannot, since events written through events.k8s.io (the scheduler\'s) have no lastTimestamp.',
          zh: 'Scheduled、Pulling、Pulled、Created、Started：按顺序展示整个流程。kubectl events 按时间排序；get events --sort-by=.lastTimestamp 做不到，因为通过 events.k8s.io 写入的事件（例如调度器的）没有 lastTimestamp。',
        },
      },
      { kubectl: 'kubectl run <pod> --image=<image>', docker: 'docker run -d --name <container> <image>' },
    ],
    related: ['kube-apiserver', 'etcd', 'kube-scheduler', 'kubelet', 'kube-controller-manager', 'condition-pod-scheduled', 'replicaset', 'events'],
    text: {
      en: {
        title: 'How a Pod is created',
        summary: 'kubectl → API server (checks, stores in etcd) → scheduler binds a node → kubelet admits the Pod, mounts volumes, gets a sandbox, pulls images and starts the containers, reporting status to the API server.',
        body: para(
          `1. kubectl, or a controller, sends the Pod to the kube-apiserver. The API server authenticates and authorizes the request, runs admission (defaults, mutating and validating webhooks, quotas), validates the object and stores it in etcd. Only the API server talks to etcd; every other component reads and writes through it. A bare Pod involves no controller at all; for a Deployment, the ReplicaSet controller creates Pods through this same path (event SuccessfulCreate).`,
          `2. The kube-scheduler watches for Pods without spec.nodeName, filters and scores the nodes, and binds the Pod through the API server: spec.nodeName is set, PodScheduled becomes True, and a Scheduled event appears.`,
          `3. The kubelet on that node watches for Pods bound to it. It first admits the Pod (enough resources, matching node affinity; a rejected Pod fails at once) and mounts its volumes (FailedMount events when it cannot). Only then does it ask the runtime for the Pod sandbox and its network (PodReadyToStartContainers). With the sandbox in place it pulls each container's image just before starting it (Pulling, Pulled): the init containers one by one, then the app containers (Created, Started), whose probes it then runs. A Pod without init containers is Initialized before its sandbox even exists. The kubelet reports every change to the API server as Pod status (phase, conditions, container states), which is what kubectl shows.`,
          `No component hands the Pod to the next one: each watches the API server and reacts to what it sees there. The events and the conditions' lastTransitionTime of a live Pod show this sequence with its timings.`,
        ),
        misconception: {
          belief: 'The controller manager stores the Pod in etcd, the scheduler sends it to the kubelet, and the kubelet reports back to the scheduler, which writes etcd.',
          correction:
            'The API server validates the Pod and writes it to etcd itself; it is the only component that talks to etcd. A bare Pod involves no controller. The scheduler only binds the Pod to a node through the API server; the kubelet finds the Pod by watching the API server and reports status to the API server, not to the scheduler.',
        },
      },
      zh: {
        title: 'Pod 的创建流程',
        summary: 'kubectl → API 服务器（校验并写入 etcd）→ 调度器绑定节点 → kubelet 准入 Pod、挂载卷、创建沙箱、拉取镜像并启动容器，同时把状态报告给 API 服务器。',
        body: para(
          `1. kubectl（或某个控制器）把 Pod 提交给 kube-apiserver。API 服务器完成认证和鉴权，执行准入控制（设置默认值、变更和验证 Webhook、配额检查），校验对象后写入 etcd。只有 API 服务器直接访问 etcd，其他组件都通过它读写。单独创建的 Pod 完全不涉及控制器；对于 Deployment，则由 ReplicaSet 控制器经同一路径创建 Pod（事件 SuccessfulCreate）。`,
          `2. kube-scheduler 监视没有 spec.nodeName 的 Pod，对节点进行过滤和打分，然后通过 API 服务器完成绑定：设置 spec.nodeName，PodScheduled 变为 True，并产生 Scheduled 事件。`,
          `3. 该节点上的 kubelet 监视绑定到本节点的 Pod。它先对 Pod 做准入检查（资源是否足够、节点亲和性是否匹配；被拒绝的 Pod 立即失败），再挂载 Pod 的卷（无法挂载时产生 FailedMount 事件）。之后它才请求运行时创建 Pod 沙箱及其网络（PodReadyToStartContainers）。沙箱就绪后，kubelet 在启动每个容器之前拉取它的镜像（Pulling、Pulled）：先逐个运行 Init 容器，再创建并启动应用容器（Created、Started），然后执行探针。没有 Init 容器的 Pod 在沙箱创建之前就已经是 Initialized。每一次变化它都以 Pod 状态（阶段、状况、容器状态）的形式报告给 API 服务器，kubectl 看到的就是这些。`,
          `组件之间并不互相传递 Pod：每个组件都在监视 API 服务器，并对看到的变化做出反应。一个运行中 Pod 的事件和各状况的 lastTransitionTime 记录了这一过程及其耗时。`,
        ),
        misconception: {
          belief: '控制器管理器把 Pod 存入 etcd，调度器把 Pod 发给 kubelet，kubelet 再向调度器汇报，由调度器写入 etcd。',
          correction:
            'API 服务器自己校验 Pod 并写入 etcd，它是唯一直接访问 etcd 的组件。单独创建的 Pod 不涉及任何控制器。调度器只是通过 API 服务器把 Pod 绑定到节点；kubelet 通过监视 API 服务器发现 Pod，并把状态报告给 API 服务器，而不是调度器。',
        },
      },
    },
  },

  'pod-deletion-flow': {
    id: 'pod-deletion-flow',
    keywords: [
      'delete',
      'Terminating',
      'graceful shutdown',
      'grace period',
      'terminationGracePeriodSeconds',
      'deletionTimestamp',
      'preStop',
      'SIGTERM',
      'SIGKILL',
      'force delete',
      '体面终止',
      '回调',
      'preStop 回调',
      '优雅退出',
      '优雅终止',
      '宽限期',
      '删除流程',
      '强制删除',
      '终止',
    ],
    docs: [
      { url: URLS.podTerminationFlow, label: 'Pod Lifecycle: Pod termination flow' },
      { url: URLS.podTerminationForced, label: 'Pod Lifecycle: Forced Pod termination' },
      { url: URLS.finalizers, label: 'Finalizers' },
    ],
    commands: [
      {
        kubectl: 'kubectl delete pod <pod> --grace-period=30',
        docker: 'docker stop -t 30 <container>',
        note: {
          en: 'docker stop also sends SIGTERM (or STOPSIGNAL), then SIGKILL after the timeout.',
          zh: 'docker stop 同样先发送 SIGTERM（或 STOPSIGNAL），超时后再发送 SIGKILL。',
        },
      },
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.metadata.deletionTimestamp} {.metadata.finalizers}'" },
      {
        kubectl: 'kubectl delete pod <pod> --force --grace-period=0',
        docker: 'docker kill <container>',
        note: {
          en: 'Removes the API object at once without waiting for the kubelet; processes may keep running on the node.',
          zh: '立即删除 API 对象，不等待 kubelet 确认；进程可能仍在节点上运行。',
        },
      },
    ],
    related: ['finalizers', 'endpointslice', 'kubelet', 'sidecar-containers', 'reason-error', 'condition-disruption-target'],
    text: {
      en: {
        title: 'How a Pod is deleted',
        summary: 'Deletion sets deletionTimestamp (Terminating at once); then preStop, SIGTERM, and SIGKILL after the grace period (30 s by default); then the object is removed.',
        body: para(
          `kubectl delete pod sets metadata.deletionTimestamp and deletionGracePeriodSeconds (from terminationGracePeriodSeconds, 30 seconds by default). kubectl shows Terminating immediately; it is a display value, not a phase.`,
          `Two things then happen at the same time. On the node, the kubelet runs each container's preStop hook, if any, then has the runtime send SIGTERM (or the image's STOPSIGNAL) to the main process; whatever is still running when the grace period ends gets SIGKILL. In the control plane, the Pod's endpoints in EndpointSlices turn ready: false, terminating: true, so Services stop sending it new connections. Time spent in preStop counts against the grace period.`,
          `When the containers have stopped, the kubelet records the final phase and asks the API server to remove the object. Finalizers in metadata.finalizers keep it in Terminating until their controllers remove them. kubectl delete --force --grace-period=0 removes the API object at once without waiting for the kubelet, so the processes may still be running on the node.`,
        ),
        misconception: {
          belief: 'Deleting a Pod waits 30 seconds, then marks it dead, which is when it shows Terminating.',
          correction:
            'Terminating appears at once, as soon as deletionTimestamp is set. During the grace period (30 s by default) the preStop hook runs, then SIGTERM is sent, and SIGKILL only if containers are still running at the end; a Pod that exits quickly is gone in seconds. Its endpoints turn ready=false, terminating=true right away. Finalizers can delay removal, and --force --grace-period=0 skips the wait.',
        },
      },
      zh: {
        title: 'Pod 的删除流程（体面终止）',
        summary: '删除会设置 deletionTimestamp（立即显示 Terminating）；随后执行 preStop、发送 SIGTERM，宽限期（默认 30 秒）结束后发送 SIGKILL；最后删除对象。',
        body: para(
          `kubectl delete pod 会设置 metadata.deletionTimestamp 和 deletionGracePeriodSeconds（取自 terminationGracePeriodSeconds，默认 30 秒）。kubectl 立即显示 Terminating；这只是显示值，并不是一个阶段。`,
          `接下来两件事同时发生。在节点上，kubelet 先执行各容器的 preStop 回调（如果有），再让运行时向主进程发送 SIGTERM（或镜像定义的 STOPSIGNAL）；宽限期结束时仍在运行的进程会收到 SIGKILL。在控制平面，EndpointSlice 中该 Pod 的端点变为 ready: false、terminating: true，Service 不再向它发送新连接。preStop 花费的时间也计入宽限期。`,
          `容器全部停止后，kubelet 记录最终阶段，并请求 API 服务器删除对象。metadata.finalizers 中的终结器会让对象一直停留在 Terminating，直到相应的控制器把它们移除。kubectl delete --force --grace-period=0 会立即删除 API 对象而不等待 kubelet，因此进程可能仍在节点上运行。`,
        ),
        misconception: {
          belief: '删除 Pod 时先等待 30 秒，然后标记为死亡，这时才显示 Terminating。',
          correction:
            'deletionTimestamp 一设置，Terminating 就立即出现。在宽限期（默认 30 秒）内先执行 preStop 回调，再发送 SIGTERM，只有宽限期结束时容器仍在运行才发送 SIGKILL；退出快的 Pod 几秒内就会消失。端点会立即变为 ready=false、terminating=true。终结器可能推迟删除，--force --grace-period=0 则跳过等待。',
        },
      },
    },
  },
};
