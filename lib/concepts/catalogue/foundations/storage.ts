/**
 * Section 16 of the source sheet (persistence) plus the volumes that mount
 * API data, and host networking: emptyDir, hostPath, PV, PVC, StorageClass,
 * configMap/secret volumes, hostNetwork. The sheet's errors are corrected as
 * misconceptions: emptyDir is not "mapped from the Pod to the host", and PVs
 * are not "NFS/GlusterFS" but API objects, today mostly provisioned
 * dynamically through a StorageClass and a CSI driver. The rules those
 * objects follow (access modes, reclaim policy, binding mode) and ConfigMaps
 * and Secrets themselves are in ../storage/.
 * Sources: k8s-facts-workloads-storage.md §6-7; kubernetes.io
 * reference/storage/volume-types, concepts/storage (persistent-volumes,
 * storage-classes, dynamic-provisioning, projected-volumes),
 * concepts/configuration (configmap, secret), concepts/security/pod-security-standards.
 */
import type { ConceptEntry } from '../../types';
import type { FoundationId } from '../foundations';

type StorageId = Extract<
  FoundationId,
  'emptydir' | 'hostpath' | 'persistent-volume' | 'pvc' | 'storage-class' | 'configmap-secret-volumes' | 'host-network'
>;

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

const VOLUME_TYPES_DOC = 'https://kubernetes.io/docs/reference/storage/volume-types/';
const PV_DOC = 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/';
const SC_DOC = 'https://kubernetes.io/docs/concepts/storage/storage-classes/';

export const storageConcepts: Record<StorageId, ConceptEntry> = {
  emptydir: {
    id: 'emptydir',
    keywords: ['emptyDir', 'scratch volume', 'medium: Memory', 'sizeLimit', 'ephemeral volume', 'ephemeral-storage', '临时卷', '空目录', '数据卷', '挂载', '共享目录'],
    docs: [
      { url: `${VOLUME_TYPES_DOC}#emptydir`, label: 'Volume Types: emptyDir' },
      { url: 'https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/', label: 'Ephemeral Volumes' },
    ],
    commands: [
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.volumes}'", docker: 'docker run --tmpfs /cache <image>', note: { en: 'An emptyDir with medium: Memory is the Kubernetes form of a tmpfs mount.', zh: 'medium: Memory 的 emptyDir 就是 Kubernetes 中的 tmpfs 挂载。' } },
      { kubectl: 'kubectl describe pod <pod>', note: { en: 'The Volumes section lists each emptyDir with its medium and size limit.', zh: 'Volumes 部分列出每个 emptyDir 及其介质和大小上限。' } },
    ],
    related: ['docker-volume', 'tmpfs', 'pod', 'hostpath', 'pvc', 'union-fs', 'resources'],
    text: {
      en: {
        title: 'emptyDir',
        summary: 'A scratch directory the kubelet creates empty when a Pod is assigned to a node, and deletes for good when the Pod leaves it.',
        body: p(
          'An emptyDir volume is created when the Pod is assigned to a node and starts out empty. Every container in the Pod can mount it, even at different paths, which makes it the standard way for containers in one Pod to share files, for example a sidecar reading logs the app writes.',
          'The kubelet keeps it in a directory of its own under the Pod on the node (by default on the node\'s disk, counted as the Pod\'s ephemeral-storage). Its data survives container crashes and restarts, but when the Pod is deleted or evicted from the node the directory is deleted permanently. sizeLimit caps it; a Pod that exceeds the limit is evicted.',
          'With medium: Memory the kubelet mounts a tmpfs instead: fast, never written to disk, but the files count toward the container\'s memory usage and limit.',
        ),
        misconception: {
          belief: 'An emptyDir is a directory mapped from inside the Pod to the host, like a Docker managed volume, so the data stays after the Pod is gone.',
          correction: 'Nothing is mapped from the Pod to the host, and you choose no host path: the kubelet creates an empty directory for the Pod on the node (or a tmpfs with medium: Memory) and mounts it into the containers. It survives container restarts but is deleted permanently when the Pod leaves the node, and a replacement Pod gets a new, empty one. A Docker named volume outlives its container; an emptyDir does not. A host directory of your choosing is hostPath.',
        },
      },
      zh: {
        title: 'emptyDir（临时空目录卷）',
        summary: 'Pod 被分配到节点时由 kubelet 创建的空目录，Pod 离开该节点时被永久删除。',
        body: p(
          'emptyDir 卷在 Pod 被分配到节点时创建，起初是空的。Pod 中的每个容器都可以挂载它（挂载路径可以不同），因此它是同一 Pod 内容器共享文件的标准方式，例如边车容器读取应用写出的日志。',
          'kubelet 把它放在节点上该 Pod 名下自己管理的目录中（默认位于节点磁盘上，计入 Pod 的 ephemeral-storage，即临时存储）。其中的数据在容器崩溃和重启后仍然保留，但 Pod 被删除或从节点上驱逐时，目录会被永久删除。可以用 sizeLimit 设置上限，超出上限的 Pod 会被驱逐。',
          '设置 medium: Memory 时，kubelet 改为挂载 tmpfs：速度快、从不写入磁盘，但其中的文件会计入容器的内存用量和内存限制。',
        ),
        misconception: {
          belief: 'emptyDir 是把 Pod 里的目录从 Pod 内部映射到宿主机，和 Docker 管理的数据卷一样，Pod 没了数据还在。',
          correction: '并没有把什么从 Pod 映射到宿主机，你也不指定宿主机路径：kubelet 在节点上为 Pod 创建一个空目录（medium: Memory 时是 tmpfs），再挂载进容器。容器重启时数据还在，但在 Pod 离开该节点时被永久删除，替代的新 Pod 会得到一个新的空目录。Docker 命名卷会在容器删除后继续存在，emptyDir 不会。要使用自己指定的宿主机目录，那是 hostPath。',
        },
      },
    },
  },

  hostpath: {
    id: 'hostpath',
    keywords: ['hostPath', 'host path', 'node filesystem', 'DirectoryOrCreate', 'FileOrCreate', 'bind mount', 'Pod Security Standards', 'Baseline', '主机路径', '宿主机目录', '挂载', '节点目录', 'Pod 安全标准'],
    docs: [
      { url: `${VOLUME_TYPES_DOC}#hostpath`, label: 'Volume Types: hostPath' },
      { url: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/', label: 'Pod Security Standards' },
    ],
    commands: [
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.volumes[*].hostPath}'", docker: 'docker run -v /var/log:/host/log:ro <image>', note: { en: 'hostPath is the Kubernetes counterpart of a Docker bind mount.', zh: 'hostPath 相当于 Docker 的绑定挂载。' } },
    ],
    related: ['bind-mount', 'emptydir', 'persistent-volume', 'pvc', 'node', 'host-network'],
    text: {
      en: {
        title: 'hostPath',
        summary: 'Mounts a file or directory from the node\'s own filesystem into a Pod, like a Docker bind mount.',
        body: p(
          'A hostPath volume exposes a path on the node, such as /var/log, to the Pod. The type field can check or create what is there: Directory, DirectoryOrCreate (creates it with mode 0755), File, FileOrCreate (creates the file with mode 0644, but not its parent directory), Socket, CharDevice or BlockDevice; empty means no check.',
          'The data belongs to the node, not to the Pod: if the Pod is rescheduled to another node, it sees that node\'s files instead. A hostPath mount also opens the node to the container: read-only it can still read credentials and other Pods\' data there, writable it can tamper with the node. That is why the Baseline Pod Security Standard forbids every hostPath volume, read-only ones too.',
          'Use hostPath for node-level agents (log collectors, CNI and CSI plugins, monitoring) that really need the host. For application data that should stay on one node, a local PersistentVolume is safer; for data that should follow the Pod, use a PersistentVolumeClaim.',
        ),
        misconception: {
          belief: 'hostPath is an easy way to make a Pod\'s data persistent.',
          correction: 'The data stays on one node: a Pod rescheduled elsewhere sees a different, usually empty, directory, and nothing stops two Pods on the node from writing the same path. It also exposes the node, which the Baseline Pod Security Standard forbids. For persistent data use a PersistentVolumeClaim; for a disk pinned to one node, a local PersistentVolume.',
        },
      },
      zh: {
        title: 'hostPath（主机路径卷）',
        summary: '把节点自身文件系统中的文件或目录挂载进 Pod，相当于 Docker 的绑定挂载。',
        body: p(
          'hostPath 卷把节点上的某个路径（例如 /var/log）暴露给 Pod。type 字段可以检查或创建该路径上的内容：Directory、DirectoryOrCreate（以 0755 权限创建目录）、File、FileOrCreate（以 0644 权限创建文件，但不会创建其父目录）、Socket、CharDevice 或 BlockDevice；为空表示不做检查。',
          '这些数据属于节点，而不属于 Pod：Pod 被调度到另一个节点后，看到的是那个节点上的文件。hostPath 挂载还把节点暴露给容器：即使只读，容器也能读到节点上的凭据和其他 Pod 的数据；可写时更能篡改节点。所以 Pod 安全标准的 Baseline 级别禁止一切 hostPath 卷，只读的也不例外。',
          'hostPath 适合确实需要访问宿主机的节点级代理（日志采集、CNI 与 CSI 插件、监控等）。应用数据若需固定在某个节点上，使用本地（local）PersistentVolume 更安全；若需跟随 Pod，则使用 PersistentVolumeClaim。',
        ),
        misconception: {
          belief: 'hostPath 是让 Pod 数据持久化的简便办法。',
          correction: '数据只留在一个节点上：Pod 被调度到别处后，看到的是另一个（通常是空的）目录，而且没有什么能阻止同一节点上的两个 Pod 写同一个路径。它还会暴露节点，Pod 安全标准的 Baseline 级别因此禁止它。持久数据请使用持久卷申领（PVC）；固定在某个节点上的磁盘请使用本地（local）持久卷。',
        },
      },
    },
  },

  'persistent-volume': {
    id: 'persistent-volume',
    keywords: ['PersistentVolume', 'PV', 'pv', 'CSI', 'NFS', 'reclaimPolicy', 'Retain', 'Delete', 'accessModes', 'ReadWriteOnce', 'ReadWriteMany', 'Available', 'Bound', 'Released', 'Failed', 'claimRef', 'nodeAffinity', 'local volume', '持久卷', '持久化', '持久存储', '存储卷', '数据卷'],
    docs: [
      { url: PV_DOC, label: 'Persistent Volumes' },
      { url: 'https://kubernetes.io/docs/concepts/storage/dynamic-provisioning/', label: 'Dynamic Volume Provisioning' },
    ],
    commands: [
      { kubectl: 'kubectl get pv', docker: 'docker volume ls', note: { en: 'STATUS shows Pending, Available, Bound, Released or Failed; CLAIM shows which PVC holds it, as namespace/name.', zh: 'STATUS 显示 Pending、Available、Bound、Released 或 Failed；CLAIM 以 命名空间/名称 显示由哪个 PVC 占用。' } },
      { kubectl: 'kubectl describe pv <pv>', docker: 'docker volume inspect <volume>', note: { en: 'Source shows the CSI driver and volume handle, or the in-tree type such as NFS or local.', zh: 'Source 一节显示 CSI 驱动和卷句柄，或 NFS、local 之类的树内类型。' } },
    ],
    related: ['pvc', 'storage-class', 'dynamic-provisioning', 'csi', 'access-modes', 'reclaim-policy', 'docker-volume', 'emptydir', 'hostpath', 'finalizers'],
    text: {
      en: {
        title: 'PersistentVolume (PV)',
        summary: 'A cluster-wide API object representing a piece of real storage whose life is independent of any Pod.',
        body: p(
          'A PersistentVolume describes storage that exists outside Pods: a cloud disk, an NFS export, a Ceph volume, a local disk on one node. It records capacity, access modes (ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod), the StorageClass and how to reach the storage, today usually a CSI driver and a volume handle. A local volume also carries nodeAffinity, which pins every Pod that uses it to that node. PVs are cluster-scoped.',
          'Most PVs are created by dynamic provisioning: when a PersistentVolumeClaim asks for storage of some StorageClass, that class\'s provisioner creates the volume and its PV. An administrator can also create PVs by hand for existing storage. A PV goes from Pending to Available, then Bound to exactly one claim (recorded in spec.claimRef and shown in the CLAIM column).',
          'When the claim is deleted, the reclaim policy decides what happens: Delete (the default for dynamically provisioned volumes) removes the PV and the underlying storage; Retain keeps both, leaving the PV Released until an administrator cleans it up. A PV whose automatic reclaim failed is Failed.',
        ),
        misconception: {
          belief: 'A PersistentVolume is built on NFS or GFS (GlusterFS), set up by hand.',
          correction: 'A PV is an API object that can be backed by many kinds of storage: CSI drivers for cloud disks and storage systems, NFS, local disks and others, and it is usually provisioned dynamically through a StorageClass rather than made by hand. The in-tree GlusterFS plugin was removed in Kubernetes 1.26.',
        },
      },
      zh: {
        title: 'PersistentVolume（持久卷，PV）',
        summary: '表示一块真实存储的集群级 API 对象，其生命周期独立于任何 Pod。',
        body: p(
          'PersistentVolume 描述存在于 Pod 之外的存储：云盘、NFS 共享、Ceph 卷、某个节点上的本地磁盘等。它记录容量、访问模式（ReadWriteOnce、ReadOnlyMany、ReadWriteMany、ReadWriteOncePod）、存储类以及访问该存储的方式（如今通常是一个 CSI 驱动和卷句柄）。本地（local）卷还带有 nodeAffinity，把使用它的每个 Pod 固定到那个节点上。PV 是集群级对象，不属于任何命名空间。',
          '大多数 PV 由动态制备创建：当持久卷申领（PVC）申请某个存储类的存储时，该存储类的制备器（provisioner）会创建卷及其 PV。管理员也可以为已有存储手工创建 PV。PV 从 Pending 变为 Available，再与唯一一个申领绑定成为 Bound（记录在 spec.claimRef 中，显示在 CLAIM 一列）。',
          '申领被删除后会发生什么，由回收策略决定：Delete（动态制备卷的默认值）会删除 PV 和底层存储；Retain 则两者都保留，PV 处于 Released 状态，等待管理员清理。自动回收失败的 PV 处于 Failed 状态。',
        ),
        misconception: {
          belief: '持久卷（PV）是基于 NFS 或 GFS（GlusterFS）、由人手工搭建的。',
          correction: 'PV 是一个 API 对象，可以由多种存储支撑：面向云盘和各类存储系统的 CSI 驱动、NFS、本地磁盘等，而且通常通过存储类动态制备，而不是手工创建。树内（in-tree）的 GlusterFS 插件已在 Kubernetes 1.26 中移除。',
        },
      },
    },
  },

  pvc: {
    id: 'pvc',
    keywords: ['PersistentVolumeClaim', 'PVC', 'pvc', 'claim', 'claimName', 'volumeClaimTemplates', 'Pending', 'Bound', 'Lost', 'unbound', 'pvc-protection', '持久卷申领', '持久卷声明', '存储申请', '持久化', '悬决'],
    docs: [
      { url: `${PV_DOC}#persistentvolumeclaims`, label: 'PersistentVolumeClaims' },
      { url: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-persistent-volume-storage/', label: 'Configure a Pod to Use a PersistentVolume for Storage' },
    ],
    commands: [
      { kubectl: 'kubectl get pvc', docker: 'docker volume ls', note: { en: 'VOLUME, CAPACITY and ACCESS MODES stay blank until the claim is bound.', zh: '申领绑定之前，VOLUME、CAPACITY 和 ACCESS MODES 都为空。' } },
      { kubectl: 'kubectl describe pvc <claim>', docker: 'docker volume inspect <volume>', note: { en: 'Events explain a Pending claim, e.g. waiting for first consumer or no matching StorageClass.', zh: '事件会说明申领为何处于 Pending（悬决），例如在等待第一个使用者，或找不到匹配的存储类。' } },
    ],
    related: ['persistent-volume', 'storage-class', 'access-modes', 'volume-binding-mode', 'dynamic-provisioning', 'reclaim-policy', 'docker-volume', 'finalizers', 'pod'],
    text: {
      en: {
        title: 'PersistentVolumeClaim (PVC)',
        summary: 'A namespaced request for storage (size, access modes, class) that a Pod mounts by name.',
        body: p(
          'A PersistentVolumeClaim is how an application asks for storage without knowing where it comes from: "10Gi, ReadWriteOnce, class standard". Kubernetes binds it to a matching PersistentVolume, provisioning a new one through the StorageClass if needed. The Pod then refers to the claim in spec.volumes[].persistentVolumeClaim.claimName.',
          'A claim is Pending until it is bound, then Bound; Lost means its volume no longer exists. With volumeBindingMode: WaitForFirstConsumer, Pending is expected until a Pod using the claim is scheduled. Otherwise the events say why: no class and no default one, a class that does not exist, a provisioner that does not answer, or no PV matching size, access modes, class and selector. A Pod whose claim cannot be bound stays Pending with a FailedScheduling event about unbound PersistentVolumeClaims.',
          'The claim and the data outlive the Pod: a replacement Pod mounting the same claim sees the same files. While a Pod uses it, the kubernetes.io/pvc-protection finalizer delays its deletion. A claim can be grown (not shrunk) if its class allows expansion. StatefulSets create one claim per replica from volumeClaimTemplates and keep them when the StatefulSet is deleted, unless told otherwise.',
        ),
        misconception: {
          belief: 'A PersistentVolumeClaim is the volume, and deleting it leaves the data alone.',
          correction: 'The claim is only a request; the PV is the volume and the storage sits behind it. Deleting the claim hands the PV to its reclaim policy: under Delete, the default for dynamically provisioned volumes, the data is deleted with it.',
        },
      },
      zh: {
        title: 'PersistentVolumeClaim（持久卷申领，PVC）',
        summary: '命名空间级的存储申请（容量、访问模式、存储类），Pod 按名称挂载它。',
        body: p(
          'PersistentVolumeClaim 让应用在不关心存储来源的情况下申请存储，例如“10Gi、ReadWriteOnce、存储类 standard”。Kubernetes 把它绑定到一个匹配的持久卷（PV），必要时通过存储类动态制备一个新卷。Pod 再通过 spec.volumes[].persistentVolumeClaim.claimName 引用这个申领。',
          '申领在绑定之前处于 Pending（悬决），绑定后为 Bound；Lost 表示它的卷已不存在。如果 volumeBindingMode 是 WaitForFirstConsumer，在使用该申领的 Pod 被调度之前处于 Pending 是正常的。否则事件会说明原因：没有指定存储类且没有默认存储类、存储类不存在、制备器没有响应，或者没有在容量、访问模式、存储类和选择算符上都匹配的 PV。若 Pod 的申领无法绑定，Pod 会保持 Pending，并出现一条关于 unbound PersistentVolumeClaims 的 FailedScheduling 事件。',
          '申领和其中的数据比 Pod 更长寿：挂载同一申领的替代 Pod 看到的是相同的文件。申领被 Pod 使用期间，kubernetes.io/pvc-protection 终结器会推迟它的删除。如果存储类允许扩容，申领可以调大（不能缩小）。StatefulSet 根据 volumeClaimTemplates 为每个副本各创建一个申领，删除 StatefulSet 时默认保留这些申领。',
        ),
        misconception: {
          belief: '持久卷申领（PVC）就是卷本身，删除它不会动到数据。',
          correction: '申领只是一个请求；PV 才是卷，存储在它背后。删除申领后，PV 交由其回收策略处理：在 Delete 策略下（动态制备卷的默认值），数据会随之删除。',
        },
      },
    },
  },

  'storage-class': {
    id: 'storage-class',
    keywords: ['StorageClass', 'sc', 'provisioner', 'dynamic provisioning', 'default storage class', 'is-default-class', 'volumeBindingMode', 'WaitForFirstConsumer', 'allowVolumeExpansion', 'CSI driver', '存储类', '动态制备', '动态供给', '默认存储类', '持久化'],
    docs: [
      { url: SC_DOC, label: 'Storage Classes' },
      { url: `${PV_DOC}#class`, label: 'Persistent Volumes: Class' },
      { url: 'https://kubernetes.io/docs/concepts/storage/dynamic-provisioning/', label: 'Dynamic Volume Provisioning' },
    ],
    commands: [
      { kubectl: 'kubectl get storageclass', docker: 'docker plugin ls', note: { en: '(default) marks the class used by claims that name none; unset fields show as Delete, Immediate and false. A StorageClass\'s provisioner plays the role of a Docker volume driver.', zh: '(default) 标记的是未指定存储类的申领所使用的类；未设置的字段显示为 Delete、Immediate 和 false。StorageClass 的制备器相当于 Docker 的卷驱动。' } },
      { kubectl: 'kubectl describe storageclass <name>' },
    ],
    related: ['pvc', 'persistent-volume', 'dynamic-provisioning', 'csi', 'volume-binding-mode', 'reclaim-policy', 'docker-volume'],
    text: {
      en: {
        title: 'StorageClass',
        summary: 'Describes a kind of storage and the provisioner that creates volumes of that kind on demand.',
        body: p(
          'A StorageClass names a type of storage, such as fast SSD or replicated network disk, and says who creates it: provisioner (usually a CSI driver name), parameters for that driver, reclaimPolicy for the volumes it creates (Delete by default), volumeBindingMode (Immediate by default, or WaitForFirstConsumer to wait until a Pod is scheduled) and allowVolumeExpansion.',
          'When a PersistentVolumeClaim names a class, the provisioner creates a matching volume and PV automatically; this dynamic provisioning is how most clusters supply storage. One class can be marked default with the annotation storageclass.kubernetes.io/is-default-class: "true" (if several are, the newest wins). A claim without storageClassName gets the default, even later, when a default class appears; storageClassName: "" means "no class" and binds only to a PV without one.',
          'StorageClasses are cluster-scoped, and their parameters cannot be changed after creation. In Docker terms, a StorageClass plays the role of a volume driver.',
        ),
        misconception: {
          belief: 'Leaving storageClassName out and setting it to "" mean the same thing.',
          correction: 'Left out, the claim gets the default class, and if there is none yet, it is given one as soon as a default appears (retroactive assignment, GA in 1.28). An empty string means "no class": only a PV without a class can bind it, it is never provisioned dynamically and it is never changed.',
        },
      },
      zh: {
        title: 'StorageClass（存储类）',
        summary: '描述一类存储，以及按需创建该类存储卷的制备器。',
        body: p(
          'StorageClass 为一种存储类型命名（例如高速 SSD、多副本网络磁盘），并说明由谁来创建：provisioner（制备器，通常是 CSI 驱动的名称）、传给该驱动的 parameters、所创建卷的 reclaimPolicy（默认 Delete）、volumeBindingMode（默认 Immediate，或 WaitForFirstConsumer 即等到 Pod 被调度后再创建）以及 allowVolumeExpansion（是否允许扩容）。',
          '当持久卷申领指定某个存储类时，制备器会自动创建匹配的卷及其 PV；大多数集群都通过这种动态制备来提供存储。可以用注解 storageclass.kubernetes.io/is-default-class: "true" 把某个类标为默认（若有多个，最新创建的生效）。未写 storageClassName 的申领会使用默认存储类，即使默认存储类是之后才出现的；storageClassName: "" 表示“不使用存储类”，只会绑定到同样没有存储类的 PV。',
          'StorageClass 是集群级对象，创建后其参数不能修改。用 Docker 的概念来类比，StorageClass 扮演的是卷驱动（volume driver）的角色。',
        ),
        misconception: {
          belief: '不写 storageClassName 和把它设为 "" 是一回事。',
          correction: '不写时，申领会使用默认存储类；如果当时还没有默认存储类，一旦出现就会补给它（追溯式默认存储类赋值，1.28 起 GA）。空字符串表示“不使用存储类”：只有同样没有存储类的 PV 才能与它绑定，它永远不会被动态制备，也永远不会被修改。',
        },
      },
    },
  },

  'configmap-secret-volumes': {
    id: 'configmap-secret-volumes',
    keywords: ['configMap volume', 'secret volume', 'projected', 'downwardAPI', 'items', 'defaultMode', 'subPath', 'optional', 'FailedMount', 'immutable', '配置卷', '配置文件', '密钥', '挂载', '配置映射'],
    docs: [
      { url: `${VOLUME_TYPES_DOC}#configmap`, label: 'Volume Types: configMap' },
      { url: 'https://kubernetes.io/docs/concepts/configuration/secret/', label: 'Secrets' },
      { url: 'https://kubernetes.io/docs/concepts/storage/projected-volumes/', label: 'Projected Volumes' },
    ],
    commands: [
      { kubectl: 'kubectl create configmap app-config --from-file=app.properties', docker: 'docker run -v ./app.properties:/etc/app/app.properties:ro <image>', note: { en: 'Outside Swarm, Docker has no config objects; a bind-mounted file is the usual equivalent.', zh: '在 Swarm 之外，Docker 没有配置对象；通常用绑定挂载一个文件来实现。' } },
      { kubectl: 'kubectl get configmaps,secrets' },
      { kubectl: 'kubectl exec <pod> -- ls /etc/app' },
    ],
    related: ['configmap', 'secret', 'projected-volume', 'env-vs-mounted-config', 'emptydir', 'pod', 'reason-create-container-config-error', 'bind-mount', 'tmpfs'],
    text: {
      en: {
        title: 'ConfigMap and Secret volumes',
        summary: 'Volumes that expose API data (ConfigMaps, Secrets, Pod metadata) to containers as files.',
        body: p(
          'A configMap or secret volume turns each key of the object into a file in the mounted directory; items can pick particular keys and paths, and defaultMode sets the file permissions (0644 unless set). A projected volume combines several sources in one directory (ConfigMaps, Secrets, downwardAPI fields such as the Pod\'s labels or resource limits, and service account tokens).',
          'Mounted files are updated automatically some time after the object changes, unless they are mounted with subPath or the object is marked immutable. Environment variables taken from a ConfigMap or Secret are read only when the container starts, so they do not change until it restarts.',
          'If a Pod refers to a ConfigMap or Secret that does not exist, a volume leaves it stuck in ContainerCreating with FailedMount events, and an environment variable makes the container fail with CreateContainerConfigError; optional: true lets it start anyway. Secret volumes are kept in memory (tmpfs) on the node, but the values are only base64-encoded in the API: protect them with RBAC and encryption at rest.',
        ),
        misconception: {
          belief: 'A configMap volume adds its files to what the image already has in that directory.',
          correction: 'The mount replaces the directory: the image\'s files at that path are hidden. To add a single file to an existing directory, mount one key with subPath, and accept that such a file is never updated when the ConfigMap changes.',
        },
      },
      zh: {
        title: 'ConfigMap 与 Secret 卷',
        summary: '把 API 中的数据（ConfigMap、Secret、Pod 元数据）以文件形式提供给容器的卷。',
        body: p(
          'configMap 或 secret 卷会把对象中的每个键变成挂载目录下的一个文件；通过 items 可以只选取特定的键并指定路径，defaultMode 设置文件权限（未设置时为 0644）。投射卷则把多个来源合并到同一个目录中：ConfigMap、Secret、downwardAPI 字段（例如 Pod 的标签或资源限制）以及服务账号令牌。',
          '对象修改后，已挂载的文件会在一段时间后自动更新；但以 subPath 方式挂载，或对象被标记为 immutable 时不会更新。从 ConfigMap 或 Secret 读取的环境变量只在容器启动时读取一次，容器重启前不会变化。',
          '如果 Pod 引用了不存在的 ConfigMap 或 Secret：通过卷引用时，Pod 会卡在 ContainerCreating 并出现 FailedMount 事件；通过环境变量引用时，容器会因 CreateContainerConfigError 而无法启动；设置 optional: true 则照常启动。Secret 卷在节点上保存在内存（tmpfs）中，但其值在 API 中只是 base64 编码：需要用 RBAC 和静态加密来保护。',
        ),
        misconception: {
          belief: 'configMap 卷会把它的文件加到镜像在该目录中已有的文件旁边。',
          correction: '挂载会替换整个目录：镜像在该路径下的文件会被遮住。要往已有目录里只加一个文件，请用 subPath 挂载单个键，但要接受这样的文件在 ConfigMap 修改后永远不会更新。',
        },
      },
    },
  },

  'host-network': {
    id: 'host-network',
    keywords: ['hostNetwork', 'host network', 'hostPort', 'ClusterFirstWithHostNet', 'hostPID', 'hostIPC', '主机网络', '网络命名空间', '节点网络'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/', label: 'Pod Security Standards (host namespaces)' },
      { url: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy', label: 'Pod DNS policy' },
      { url: 'https://docs.docker.com/engine/network/drivers/host/', label: 'Docker host network driver' },
    ],
    commands: [
      { kubectl: "kubectl get pods -A -o jsonpath='{range .items[?(@.spec.hostNetwork==true)]}{.metadata.namespace}/{.metadata.name}{\"\\n\"}{end}'", docker: 'docker run --network host <image>' },
      { kubectl: 'kubectl get pods -n kube-system -o wide', note: { en: 'kube-proxy and static control-plane Pods show the node\'s IP as their Pod IP.', zh: 'kube-proxy 和控制平面静态 Pod 的 Pod IP 就是节点 IP。' } },
    ],
    related: ['docker-network-host', 'linux-namespaces', 'pod', 'kube-proxy', 'control-plane', 'coredns', 'hostpath'],
    text: {
      en: {
        title: 'hostNetwork',
        summary: 'spec.hostNetwork: true puts a Pod in the node\'s network namespace, so it uses the node\'s IP and ports directly.',
        body: p(
          'Normally each Pod has its own network namespace and IP. With hostNetwork: true the Pod shares the node\'s network stack instead: its Pod IP is the node IP, its processes see all of the node\'s interfaces, and they listen on the node\'s ports. It is the Kubernetes form of `docker run --network host`.',
          'Two such Pods cannot use the same port on one node, and the scheduler takes the declared container ports into account. To still resolve cluster Service names, set dnsPolicy: ClusterFirstWithHostNet.',
          'Host networking removes network isolation, so the Baseline Pod Security Standard forbids it. It is meant for node-level components that must see the host network: kube-proxy, CNI agents, some ingress controllers, and control-plane static Pods.',
        ),
      },
      zh: {
        title: 'hostNetwork（使用主机网络）',
        summary: 'spec.hostNetwork: true 让 Pod 进入节点的网络命名空间，直接使用节点的 IP 和端口。',
        body: p(
          '通常每个 Pod 有自己的网络命名空间和 IP。设置 hostNetwork: true 后，Pod 改为共享节点的网络栈：Pod IP 就是节点 IP，进程能看到节点的所有网卡，并直接在节点端口上监听。它就是 Kubernetes 版的 `docker run --network host`。',
          '同一节点上的两个这样的 Pod 不能使用相同的端口，调度器会把声明的容器端口考虑进去。若仍需解析集群内 Service 的名字，应设置 dnsPolicy: ClusterFirstWithHostNet。',
          '主机网络取消了网络隔离，因此 Pod 安全标准的 Baseline 级别禁止使用它。它适用于必须看到主机网络的节点级组件：kube-proxy、CNI 代理、部分 Ingress 控制器，以及控制平面的静态 Pod。',
        ),
      },
    },
  },
};
