import type { StorageDiagnosisId } from '../ids';
import type { DiagnosisEntry } from '../types';

/**
 * Text for the diagnoses lib/explain/storage emits, in both languages. The
 * rules of catalogue/diagnoses.ts hold: `{name}` placeholders use only the
 * params the engine always fills (STORAGE_DIAGNOSIS_PARAMS) plus the identity
 * the UI merges in (`pod`, `namespace` for pod diagnoses); every next step
 * names a kubectl command that runs as written. Chinese follows the
 * Kubernetes zh-cn glossary: 持久卷 (PV), 持久卷申领 (PVC), 存储类
 * (StorageClass), 制备器 (provisioner), 悬决 (Pending), 回收策略, 访问模式.
 */

/** The identity the UI merges into a pod diagnosis. */
const POD = ['pod', 'namespace'] as const;

/**
 * Per diagnosis, the params a template may use: those lib/explain/storage
 * ALWAYS fills, plus the UI's identity for pod diagnoses. Optional params
 * (e.g. `container` of pod-config-reference-broken) are left out on purpose.
 * catalogue/diagnoses.test.ts checks every template against this table and
 * the engine's real output.
 */
export const STORAGE_DIAGNOSIS_PARAMS: Record<StorageDiagnosisId, readonly string[]> = {
  'pvc-pending-no-class': ['claim', 'namespace', 'classField', 'candidates'],
  'pvc-pending-class-not-found': ['claim', 'namespace', 'className', 'message'],
  'pvc-waiting-for-first-consumer': ['claim', 'namespace', 'className', 'pods', 'waitingPods'],
  'pvc-pending-no-matching-volume': ['claim', 'namespace', 'className', 'candidates'],
  'pvc-pending-provisioner': ['claim', 'namespace', 'className', 'provisioner', 'waitingSeconds', 'stalled'],
  'pvc-provisioning-failed': ['claim', 'namespace', 'className', 'provisioner', 'message'],
  'pvc-pending-requested-volume': ['claim', 'namespace', 'volume', 'problem', 'failures', 'message'],
  'pvc-lost': ['claim', 'namespace', 'volume'],
  'pod-pvc-missing': [...POD, 'claim', 'volume', 'ephemeral'],
  'pod-pvc-unbound': [...POD, 'claim', 'volume', 'claimPhase', 'message'],
  'pod-volume-node-affinity-conflict': [...POD, 'message', 'volumes', 'claims', 'allowedNodes'],
  'pod-config-reference-broken': [...POD, 'kind', 'name', 'missing', 'keys', 'via', 'path'],
  'pv-released-retained': ['volume', 'claim', 'claimExists'],
  'pv-failed': ['volume', 'policy', 'claim', 'message'],
  'config-unused': ['kind', 'name', 'namespace'],
};

export const storageDiagnosisEntries: Record<StorageDiagnosisId, DiagnosisEntry> = {
  'pvc-pending-no-class': {
    id: 'pvc-pending-no-class',
    conceptIds: ['pvc', 'storage-class', 'dynamic-provisioning', 'persistent-volume'],
    text: {
      en: {
        title: 'Claim {claim} names no StorageClass, and none is the default',
        summary:
          'Without a class nothing provisions a volume for it: only an existing PersistentVolume that has no class either, and matches its size and access modes, can bind it. The cluster has {candidates} volume(s) that differ from it only by their class.',
        nextStep:
          'See which classes exist with kubectl get storageclass (the default one is marked "(default)"). A claim whose storageClassName is unset may be given one, once: kubectl patch pvc {claim} -n {namespace} -p \'{"spec":{"storageClassName":"<class>"}}\'; or mark a class default with kubectl annotate storageclass <class> storageclass.kubernetes.io/is-default-class=true and the PV controller assigns it to such claims. A claim with storageClassName "" cannot change: delete and re-create it. Events: kubectl describe pvc {claim} -n {namespace}.',
      },
      zh: {
        title: '持久卷申领 {claim} 没有指定存储类，集群也没有默认存储类',
        summary:
          '没有存储类，就没有谁会为它制备卷：只有一个同样没有存储类、并且容量和访问模式都符合的已有持久卷才能与它绑定。集群中有 {candidates} 个持久卷只是存储类与它不同。',
        nextStep:
          '用 kubectl get storageclass 查看有哪些存储类（默认存储类带有 “(default)” 标记）。storageClassName 未设置的申领可以补设一次：kubectl patch pvc {claim} -n {namespace} -p \'{"spec":{"storageClassName":"<class>"}}\'；也可以用 kubectl annotate storageclass <class> storageclass.kubernetes.io/is-default-class=true 把某个存储类设为默认，PV 控制器会把它赋给这类申领。storageClassName 为 "" 的申领不能修改：需要删除后重新创建。查看事件：kubectl describe pvc {claim} -n {namespace}。',
      },
    },
  },

  'pvc-pending-class-not-found': {
    id: 'pvc-pending-class-not-found',
    conceptIds: ['storage-class', 'pvc', 'dynamic-provisioning'],
    text: {
      en: {
        title: 'Claim {claim} asks for StorageClass {className}, which does not exist',
        summary: 'The PV controller cannot provision a volume for a class it cannot find, and no existing volume of that class matches. Controller event: {message}',
        nextStep:
          'Compare the name with kubectl get storageclass: a typo or a class from another cluster (kind ships "standard", many clouds "gp2" or "standard-rwo") is the usual cause. Create the class, or delete the claim and re-create it with an existing class (spec.storageClassName cannot be changed in place). Events: kubectl describe pvc {claim} -n {namespace}.',
      },
      zh: {
        title: '持久卷申领 {claim} 请求的存储类 {className} 不存在',
        summary: 'PV 控制器找不到这个存储类，无法为它制备卷，也没有属于该存储类的已有持久卷能够匹配。控制器事件：{message}',
        nextStep:
          '用 kubectl get storageclass 对照名称：常见原因是拼写错误，或者沿用了别的集群的存储类名（kind 自带 “standard”，许多云厂商是 “gp2” 或 “standard-rwo”）。创建这个存储类，或者删除申领并用已有的存储类重新创建（spec.storageClassName 不能原地修改）。查看事件：kubectl describe pvc {claim} -n {namespace}。',
      },
    },
  },

  'pvc-waiting-for-first-consumer': {
    id: 'pvc-waiting-for-first-consumer',
    conceptIds: ['volume-binding-mode', 'storage-class', 'pvc', 'kube-scheduler'],
    text: {
      en: {
        title: 'Claim {claim} waits for a pod, as its class asks',
        summary:
          'StorageClass {className} uses volumeBindingMode WaitForFirstConsumer: the volume is bound or provisioned only once a pod using the claim is scheduled, so it lands on a node that pod can run on. Pending is expected until then. Pods waiting to be scheduled with it: {waitingPods} ({pods}).',
        nextStep:
          'Nothing to fix while no pod uses the claim. If a pod does and stays Pending, its scheduling message says why (for example "didn\'t find available persistent volumes to bind"): kubectl describe pod <pod> -n {namespace}, and kubectl describe pvc {claim} -n {namespace} for the claim\'s events.',
      },
      zh: {
        title: '持久卷申领 {claim} 按其存储类的要求等待 Pod',
        summary:
          '存储类 {className} 的 volumeBindingMode 为 WaitForFirstConsumer：只有在使用该申领的 Pod 被调度之后，才会绑定或制备卷，这样卷会落在那个 Pod 能够运行的节点上。在此之前处于悬决（Pending）状态是正常的。正在等待调度的 Pod：{waitingPods} 个（{pods}）。',
        nextStep:
          '没有 Pod 使用该申领时无需处理。如果有 Pod 使用它却一直 Pending，它的调度消息会说明原因（例如 “didn\'t find available persistent volumes to bind”）：kubectl describe pod <pod> -n {namespace}；申领的事件见 kubectl describe pvc {claim} -n {namespace}。',
      },
    },
  },

  'pvc-pending-no-matching-volume': {
    id: 'pvc-pending-no-matching-volume',
    conceptIds: ['persistent-volume', 'pvc', 'access-modes', 'storage-class'],
    text: {
      en: {
        title: 'No PersistentVolume matches claim {claim}',
        summary:
          'StorageClass {className} cannot provision (its provisioner is kubernetes.io/no-provisioner), so the claim binds only to an existing volume of that class with enough capacity, all the requested access modes, the same volume mode, labels matching its selector, and no other claim. {candidates} volume(s) were checked; the list shows what each one lacks.',
        nextStep:
          'Compare with kubectl get pv (CAPACITY, ACCESS MODES, STORAGECLASS, STATUS, CLAIM) and kubectl get pv --show-labels for the selector. Create a PersistentVolume that fits, or change the claim (delete and re-create it) to ask for what exists. Events: kubectl describe pvc {claim} -n {namespace}.',
      },
      zh: {
        title: '没有持久卷与持久卷申领 {claim} 匹配',
        summary:
          '存储类 {className} 无法制备卷（其制备器为 kubernetes.io/no-provisioner），因此这个申领只能绑定到该存储类中已有的持久卷：容量足够、包含请求的全部访问模式、卷模式相同、标签符合其选择算符，并且没有被其他申领占用。共检查了 {candidates} 个持久卷，列表给出了每个卷缺少什么。',
        nextStep:
          '用 kubectl get pv（CAPACITY、ACCESS MODES、STORAGECLASS、STATUS、CLAIM 列）对照，选择算符则用 kubectl get pv --show-labels 查看标签。创建一个合适的持久卷，或者修改申领（删除后重新创建）去请求已有的资源。查看事件：kubectl describe pvc {claim} -n {namespace}。',
      },
    },
  },

  'pvc-pending-provisioner': {
    id: 'pvc-pending-provisioner',
    conceptIds: ['dynamic-provisioning', 'csi', 'storage-class', 'pvc', 'kube-controller-manager'],
    text: {
      en: {
        title: 'Claim {claim} waits for provisioner {provisioner}',
        summary:
          'The PV controller handed the claim to the external provisioner named by StorageClass {className} and waits for it to create a volume; it has waited {waitingSeconds} s. A running provisioner usually answers within seconds, so a long wait with no other event means it is not running, not registered under that name, or stuck.',
        nextStep:
          'Find the provisioner\'s pods (often a CSI controller such as "ebs-csi-controller" or "local-path-provisioner") with kubectl get pods -A -o wide and read their logs with kubectl logs -n <ns> <provisioner-pod> --all-containers; kubectl get csidrivers lists the CSI drivers the cluster knows. The name in the class must match the provisioner exactly. Events: kubectl describe pvc {claim} -n {namespace}.',
      },
      zh: {
        title: '持久卷申领 {claim} 正在等待制备器 {provisioner}',
        summary:
          'PV 控制器已把这个申领交给存储类 {className} 指定的外部制备器，正在等它创建卷，已经等了 {waitingSeconds} 秒。正常运行的制备器通常几秒内就会响应，所以长时间等待且没有其他事件，说明制备器没有运行、没有以该名称注册，或者卡住了。',
        nextStep:
          '用 kubectl get pods -A -o wide 找到制备器的 Pod（通常是 CSI 控制器，例如 “ebs-csi-controller” 或 “local-path-provisioner”），用 kubectl logs -n <ns> <provisioner-pod> --all-containers 查看日志；kubectl get csidrivers 列出集群已知的 CSI 驱动。存储类中的名称必须与制备器完全一致。查看事件：kubectl describe pvc {claim} -n {namespace}。',
      },
    },
  },

  'pvc-provisioning-failed': {
    id: 'pvc-provisioning-failed',
    conceptIds: ['dynamic-provisioning', 'csi', 'storage-class', 'pvc'],
    text: {
      en: {
        title: 'Provisioning a volume for claim {claim} failed',
        summary: 'StorageClass {className} (provisioner {provisioner}) could not create the volume; it retries, but the same error usually repeats until its cause is fixed. Last error: {message}',
        nextStep:
          'Read the error: quota or capacity in the storage backend, invalid class parameters, or a zone the volume cannot be created in are common. Check the class with kubectl get storageclass {className} -o yaml and the provisioner\'s logs (kubectl logs -n <ns> <provisioner-pod> --all-containers). Events: kubectl describe pvc {claim} -n {namespace}.',
      },
      zh: {
        title: '为持久卷申领 {claim} 制备卷失败',
        summary: '存储类 {className}（制备器 {provisioner}）无法创建卷；它会重试，但在原因消除之前通常会重复同样的错误。最近的错误：{message}',
        nextStep:
          '阅读错误信息：存储后端的配额或容量不足、存储类参数无效、卷无法在某个可用区创建，都是常见原因。用 kubectl get storageclass {className} -o yaml 检查存储类，并查看制备器的日志（kubectl logs -n <ns> <provisioner-pod> --all-containers）。查看事件：kubectl describe pvc {claim} -n {namespace}。',
      },
    },
  },

  'pvc-pending-requested-volume': {
    id: 'pvc-pending-requested-volume',
    conceptIds: ['pvc', 'persistent-volume'],
    text: {
      en: {
        title: 'Claim {claim} waits for the volume it names, {volume}',
        summary:
          'spec.volumeName asks for one PersistentVolume, so the controller binds nothing else: that volume must exist, be free or pre-bound to this claim, and satisfy the claim (capacity, class, volume mode, access modes). Controller event: {message}',
        nextStep:
          'Inspect the volume with kubectl get pv {volume} and kubectl describe pv {volume}: a missing volume has to be created; one bound to another claim (CLAIM column) cannot be shared; a mismatch is fixed by creating the claim to fit the volume. Events: kubectl describe pvc {claim} -n {namespace}.',
      },
      zh: {
        title: '持久卷申领 {claim} 正在等待它指定的持久卷 {volume}',
        summary:
          'spec.volumeName 指定了一个持久卷，控制器不会绑定其他卷：该卷必须存在，空闲或预先绑定到这个申领，并满足申领的要求（容量、存储类、卷模式、访问模式）。控制器事件：{message}',
        nextStep:
          '用 kubectl get pv {volume} 和 kubectl describe pv {volume} 检查该卷：不存在就需要创建；已绑定到其他申领（CLAIM 列）的卷不能共用；不匹配时，按卷的情况重新创建申领。查看事件：kubectl describe pvc {claim} -n {namespace}。',
      },
    },
  },

  'pvc-lost': {
    id: 'pvc-lost',
    conceptIds: ['pvc', 'persistent-volume'],
    text: {
      en: {
        title: 'Claim {claim} lost its volume {volume}',
        summary:
          'The claim was bound, but the PersistentVolume it was bound to no longer exists. The controller does not bind it to anything else; pods using it cannot start, and the data of the deleted volume is only where its storage backend kept it.',
        nextStep:
          'Check with kubectl get pv {volume}. If the storage itself still exists, re-create a PersistentVolume for it with the same name (or a claimRef to this claim) and the claim binds again; otherwise delete the claim with kubectl delete pvc {claim} -n {namespace} and create a new one.',
      },
      zh: {
        title: '持久卷申领 {claim} 丢失了它的卷 {volume}',
        summary:
          '这个申领曾经已绑定，但它绑定的持久卷已经不存在。控制器不会把它绑定到别的卷；使用它的 Pod 无法启动，已删除卷的数据只存在于存储后端保留的地方（如果还有的话）。',
        nextStep:
          '用 kubectl get pv {volume} 确认。如果底层存储还在，用同样的名称（或指向这个申领的 claimRef）为它重新创建持久卷，申领就会再次绑定；否则用 kubectl delete pvc {claim} -n {namespace} 删除申领，再创建新的。',
      },
    },
  },

  'pod-pvc-missing': {
    id: 'pod-pvc-missing',
    conceptIds: ['pvc', 'kube-scheduler'],
    text: {
      en: {
        title: 'Volume {volume} uses claim {claim}, which does not exist',
        summary: 'The scheduler does not place a pod whose PersistentVolumeClaim is missing ("persistentvolumeclaim not found"), so the pod stays Pending until the claim exists.',
        nextStep:
          'List the claims with kubectl get pvc -n {namespace} and compare the name in spec.volumes. Create the claim (for a StatefulSet, the volumeClaimTemplates name it <template>-<statefulset>-<ordinal>), or fix the pod\'s claimName. Scheduler message: kubectl describe pod {pod} -n {namespace}.',
      },
      zh: {
        title: '卷 {volume} 使用的持久卷申领 {claim} 不存在',
        summary: '调度器不会调度持久卷申领缺失的 Pod（“persistentvolumeclaim not found”），所以在申领出现之前 Pod 会一直处于悬决（Pending）状态。',
        nextStep:
          '用 kubectl get pvc -n {namespace} 列出申领，对照 spec.volumes 中的名称。创建这个申领（StatefulSet 的 volumeClaimTemplates 生成的名称是 <template>-<statefulset>-<ordinal>），或者修正 Pod 的 claimName。调度消息：kubectl describe pod {pod} -n {namespace}。',
      },
    },
  },

  'pod-pvc-unbound': {
    id: 'pod-pvc-unbound',
    conceptIds: ['pvc', 'volume-binding-mode', 'kube-scheduler', 'condition-pod-scheduled'],
    text: {
      en: {
        title: 'The pod waits for claim {claim} to be bound',
        summary:
          'Volume {volume} uses a claim that is {claimPhase}, not Bound, and the scheduler will not place the pod until its volumes can be bound on the chosen node. Scheduler message: {message}',
        nextStep:
          'Find out why the claim is not bound: kubectl describe pvc {claim} -n {namespace} (its events name the cause: no class, a missing class or provisioner, no matching volume). Once the claim binds, the scheduler retries the pod on its own.',
      },
      zh: {
        title: 'Pod 正在等待持久卷申领 {claim} 完成绑定',
        summary: '卷 {volume} 使用的申领处于 {claimPhase} 而不是 Bound；在卷能够在所选节点上绑定之前，调度器不会调度这个 Pod。调度器消息：{message}',
        nextStep:
          '查明申领为何没有绑定：kubectl describe pvc {claim} -n {namespace}（它的事件会说明原因：没有存储类、存储类或制备器缺失、没有匹配的持久卷）。申领绑定之后，调度器会自动重新尝试调度这个 Pod。',
      },
    },
  },

  'pod-volume-node-affinity-conflict': {
    id: 'pod-volume-node-affinity-conflict',
    conceptIds: ['persistent-volume', 'volume-binding-mode', 'kube-scheduler', 'condition-pod-scheduled'],
    text: {
      en: {
        title: 'The pod\'s volume is pinned to nodes it cannot run on',
        summary:
          'PersistentVolume {volumes} (claim {claims}) has a required node affinity, typically a local volume or a zonal disk, and the pod can only run where the volume is. Nodes the volume allows: {allowedNodes}. Scheduler message: {message}',
        nextStep:
          'Compare the volume\'s nodeAffinity (kubectl describe pv <pv>) with kubectl get nodes --show-labels: the node may be gone, cordoned, tainted, or in another zone, or the pod\'s own nodeSelector/affinity may exclude it. Bring the node back, relax the pod\'s constraints, or (for a lost local volume) delete the claim and let it bind a new volume. Scheduler message: kubectl describe pod {pod} -n {namespace}.',
      },
      zh: {
        title: 'Pod 的卷被限定在它无法运行的节点上',
        summary:
          '持久卷 {volumes}（申领 {claims}）设置了必需的节点亲和性，通常是本地卷或按可用区划分的磁盘，Pod 只能运行在卷所在的地方。卷允许的节点：{allowedNodes}。调度器消息：{message}',
        nextStep:
          '对照卷的 nodeAffinity（kubectl describe pv <pv>）和 kubectl get nodes --show-labels：节点可能已不存在、已被封锁（cordon）、带有污点、位于别的可用区，或者 Pod 自己的 nodeSelector/亲和性排除了它。恢复该节点、放宽 Pod 的约束，或者（本地卷已丢失时）删除申领，让它绑定新的卷。调度消息：kubectl describe pod {pod} -n {namespace}。',
      },
    },
  },

  'pod-config-reference-broken': {
    id: 'pod-config-reference-broken',
    conceptIds: ['configmap', 'secret', 'configmap-secret-volumes', 'reason-create-container-config-error'],
    text: {
      en: {
        title: 'The pod needs {kind} {name}, and it is missing or lacks a key',
        summary:
          'The reference at {path} ({via}) is not optional, and {kind} {name} or a key it names does not exist. The kubelet will not start a container whose env or envFrom cannot be resolved (CreateContainerConfigError), nor mount such a volume (FailedMount); a container already running keeps what it read and fails at its next start.',
        nextStep:
          'Check with kubectl get configmap,secret -n {namespace} and, for a ConfigMap, kubectl describe configmap {name} -n {namespace} (a Secret\'s keys: kubectl describe secret {name} -n {namespace}, which shows sizes, not values). Create the object or add the key, or mark the reference optional: true if the pod can do without it; the kubelet retries on its own.',
      },
      zh: {
        title: 'Pod 需要的 {kind} {name} 不存在或缺少键',
        summary:
          '位于 {path} 的引用（{via}）不是可选的，而 {kind} {name} 或它指定的键不存在。kubelet 不会启动 env 或 envFrom 无法解析的容器（CreateContainerConfigError），也不会挂载这样的卷（FailedMount）；已经在运行的容器保留它读到的内容，会在下次启动时失败。',
        nextStep:
          '用 kubectl get configmap,secret -n {namespace} 检查；ConfigMap 可用 kubectl describe configmap {name} -n {namespace} 查看键（Secret 用 kubectl describe secret {name} -n {namespace}，只显示大小、不显示值）。创建该对象或补上该键；如果 Pod 没有它也能工作，就把引用标记为 optional: true。kubelet 会自行重试。',
      },
    },
  },

  'pv-released-retained': {
    id: 'pv-released-retained',
    conceptIds: ['reclaim-policy', 'persistent-volume', 'pvc'],
    text: {
      en: {
        title: 'Volume {volume} is Released and kept, so no claim can bind it',
        summary:
          'Its claim {claim} was deleted and its reclaim policy is Retain: the data is kept, and spec.claimRef still names the old claim, so the PV controller will not bind it to any other claim. Reclaiming it is a manual step.',
        nextStep:
          'Save or wipe the data first. Then either delete the PV (kubectl delete pv {volume}; with Retain the storage itself stays and must be removed in the backend) or make it Available again for a new claim by clearing its claimRef: kubectl patch pv {volume} --type=json -p \'[{"op":"remove","path":"/spec/claimRef"}]\'.',
      },
      zh: {
        title: '持久卷 {volume} 处于 Released 并被保留，任何申领都无法绑定它',
        summary:
          '它的申领 {claim} 已被删除，回收策略为 Retain：数据被保留，spec.claimRef 仍然指向旧申领，因此 PV 控制器不会把它绑定给其他申领。回收它需要手动操作。',
        nextStep:
          '先保存或清除数据。然后要么删除这个持久卷（kubectl delete pv {volume}；在 Retain 策略下底层存储仍会保留，需要在存储后端删除），要么清除它的 claimRef，使它重新变为 Available 供新的申领使用：kubectl patch pv {volume} --type=json -p \'[{"op":"remove","path":"/spec/claimRef"}]\'。',
      },
    },
  },

  'pv-failed': {
    id: 'pv-failed',
    conceptIds: ['reclaim-policy', 'persistent-volume'],
    text: {
      en: {
        title: 'Volume {volume} failed to be reclaimed',
        summary:
          'After its claim {claim} was deleted, the reclaim policy {policy} could not be carried out, so the volume is Failed and is neither reused nor removed. Error: {message}',
        nextStep:
          'Read the error in kubectl describe pv {volume}. Fix the cause in the storage backend or the driver, then clean up by hand: remove the storage if it should be gone and delete the PV with kubectl delete pv {volume}.',
      },
      zh: {
        title: '持久卷 {volume} 回收失败',
        summary: '申领 {claim} 被删除后，回收策略 {policy} 未能执行，因此这个卷处于 Failed 状态，既不会被复用，也不会被删除。错误：{message}',
        nextStep: '用 kubectl describe pv {volume} 查看错误。在存储后端或驱动中排除原因，然后手动清理：如果底层存储应当删除就删除它，再用 kubectl delete pv {volume} 删除这个持久卷。',
      },
    },
  },

  'config-unused': {
    id: 'config-unused',
    conceptIds: ['configmap', 'secret'],
    text: {
      en: {
        title: '{kind} {name} is not used by any pod or workload here',
        summary:
          'No pod and no pod template in namespace {namespace} references it through env, envFrom, a volume, a projected volume or imagePullSecrets. Other readers are possible (an Ingress controller reading a TLS Secret, an operator or tool using the API), so this is a note, not a problem.',
        nextStep:
          'If nothing else reads it, it can go: kubectl delete {kind} {name} -n {namespace} (kubectl accepts the kind name). Before that, search manifests and Helm charts for the name, and kubectl get ingress -n {namespace} -o yaml for TLS Secrets.',
      },
      zh: {
        title: '这里没有任何 Pod 或工作负载使用 {kind} {name}',
        summary:
          '命名空间 {namespace} 中没有 Pod 或 Pod 模板通过 env、envFrom、卷、投射卷或 imagePullSecrets 引用它。它仍可能有其他读取者（读取 TLS Secret 的 Ingress 控制器、通过 API 使用它的 Operator 或工具），所以这只是提示，不是问题。',
        nextStep:
          '如果确实没有其他读取者，可以删除：kubectl delete {kind} {name} -n {namespace}（kubectl 接受资源类别名）。删除之前，先在清单和 Helm Chart 中搜索这个名称，TLS Secret 还要用 kubectl get ingress -n {namespace} -o yaml 检查。',
      },
    },
  },
};
