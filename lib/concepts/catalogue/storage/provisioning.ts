/**
 * How volumes are made and the rules a claim and its volume follow: dynamic
 * provisioning, CSI, access modes, reclaim policies and volume binding modes
 * (k8s-facts-workloads-storage.md §6; api/core/v1 and api/storage/v1
 * types.go; kubernetes.io concepts/storage). These correct the sheet's §16,
 * which knows only hand-made PersistentVolumes on NFS or GlusterFS.
 */
import type { ConceptEntry } from '../../types';
import type { StorageConceptId } from '../storage';
import { para, URLS } from './shared';

type ProvisioningId = Extract<StorageConceptId, 'dynamic-provisioning' | 'csi' | 'access-modes' | 'reclaim-policy' | 'volume-binding-mode'>;

export const provisioningConcepts: Record<ProvisioningId, ConceptEntry> = {
  'dynamic-provisioning': {
    id: 'dynamic-provisioning',
    keywords: ['dynamic provisioning', 'provisioner', 'external-provisioner', 'ExternalProvisioning', 'ProvisioningFailed', 'local-path', 'rancher.io/local-path', 'allowVolumeExpansion', 'volume expansion', '动态制备', '动态供给', '制备器', '卷扩容', '自动创建持久卷'],
    docs: [
      { url: URLS.dynamicProvisioning, label: 'Dynamic Volume Provisioning' },
      { url: URLS.storageClasses, label: 'Storage Classes' },
    ],
    commands: [
      { kubectl: 'kubectl get storageclass', docker: 'docker volume create --driver <driver> <volume>', note: { en: 'PROVISIONER names who creates the volumes of each class; "(default)" marks the class a claim without storageClassName gets.', zh: 'PROVISIONER 一列是负责创建该类卷的制备器；带 “(default)” 的是未写 storageClassName 的申领所用的默认存储类。' } },
      { kubectl: 'kubectl describe pvc <claim> -n <namespace>', note: { en: 'Events tell the story: ExternalProvisioning while waiting for the provisioner, then ProvisioningSucceeded or ProvisioningFailed from the provisioner itself.', zh: '事件说明了经过：等待制备器时是 ExternalProvisioning，之后由制备器给出 ProvisioningSucceeded 或 ProvisioningFailed。' } },
      { kubectl: 'kubectl get pv', note: { en: 'Dynamically provisioned volumes are named pvc-<uid of the claim>.', zh: '动态制备的持久卷名为 pvc-<申领的 uid>。' } },
    ],
    related: ['storage-class', 'pvc', 'persistent-volume', 'csi', 'volume-binding-mode', 'reclaim-policy', 'kube-controller-manager'],
    text: {
      en: {
        title: 'Dynamic provisioning',
        summary: 'Volumes made on demand: a claim names a StorageClass, and that class\'s provisioner creates the storage and its PersistentVolume.',
        body: para(
          'Without dynamic provisioning an administrator must create the storage and a PersistentVolume for it before anyone can claim it. With it, a PersistentVolumeClaim names a StorageClass (or is given the default one), the class\'s provisioner creates a volume of the requested size and access modes together with its PV, and the PV controller binds the two. The new PV is named pvc-<uid of the claim> and takes its reclaimPolicy from the class: Delete unless the class says otherwise.',
          'The provisioner is almost always a program running in the cluster, such as the external-provisioner sidecar of a CSI driver. The PV controller in kube-controller-manager only waits for it and records the event ExternalProvisioning: "Waiting for a volume to be created either by the external provisioner ... or manually by the system administrator". If nothing answers, the claim stays Pending with that event repeating: check that the provisioner\'s Pods are running. kind ships one: its default class standard uses rancher.io/local-path, which creates a directory on the node the Pod is scheduled to.',
          'With volumeBindingMode: WaitForFirstConsumer the provisioner is asked only after the scheduler has picked a node for a Pod that uses the claim, so the volume is created where that node can reach it. If the class sets allowVolumeExpansion: true, a claim can be grown later by raising spec.resources.requests.storage; claims cannot be shrunk.',
        ),
        misconception: {
          belief: 'An administrator has to create PersistentVolumes (on NFS or GlusterFS) in advance before a claim can get storage.',
          correction: 'That static model is what the source sheet describes, and it still works for existing storage. Today most volumes are provisioned dynamically: the claim names a StorageClass and its provisioner, usually a CSI driver, creates the volume and the PV on demand. The in-tree GlusterFS plugin was removed in Kubernetes 1.26.',
        },
      },
      zh: {
        title: '动态制备（Dynamic Provisioning）',
        summary: '按需创建卷：申领指定一个存储类，由该存储类的制备器创建存储及其持久卷。',
        body: para(
          '没有动态制备时，管理员必须先创建好存储以及对应的持久卷（PV），别人才能申领它。有了动态制备，持久卷申领（PVC）指定一个存储类（或被赋予默认存储类），该存储类的制备器（provisioner）按申请的容量和访问模式创建卷及其 PV，再由 PV 控制器把两者绑定。新 PV 名为 pvc-<申领的 uid>，其 reclaimPolicy 取自存储类：除非存储类另有规定，否则为 Delete。',
          '制备器几乎总是运行在集群中的一个程序，例如 CSI 驱动的 external-provisioner 边车容器。kube-controller-manager 中的 PV 控制器只负责等待它，并记录 ExternalProvisioning 事件：“Waiting for a volume to be created either by the external provisioner ... or manually by the system administrator”。如果没有谁响应，申领会一直处于 Pending（悬决），这条事件反复出现：请检查制备器的 Pod 是否在运行。kind 自带一个制备器：它的默认存储类 standard 使用 rancher.io/local-path，在 Pod 被调度到的节点上创建一个目录。',
          '设置 volumeBindingMode: WaitForFirstConsumer 时，只有在调度器为使用该申领的 Pod 选定节点之后，才会请制备器创建卷，因此卷会创建在该节点能访问到的位置。若存储类设置了 allowVolumeExpansion: true，之后可以调大 spec.resources.requests.storage 来扩容申领；申领不能缩容。',
        ),
        misconception: {
          belief: '必须由管理员事先（在 NFS 或 GlusterFS 上）创建好持久卷，申领才能拿到存储。',
          correction: '这种静态方式正是原学习资料所讲的，对已有的存储它仍然可用。如今大多数卷都是动态制备的：申领指定存储类，由它的制备器（通常是 CSI 驱动）按需创建卷和 PV。树内（in-tree）的 GlusterFS 插件已在 Kubernetes 1.26 中移除。',
        },
      },
    },
  },

  csi: {
    id: 'csi',
    keywords: ['CSI', 'Container Storage Interface', 'CSI driver', 'CSIDriver', 'CSINode', 'in-tree', 'out-of-tree', 'CSI migration', 'volumeHandle', 'external-attacher', '容器存储接口', 'CSI 驱动', '存储插件', '树内插件', '存储驱动'],
    docs: [
      { url: URLS.csi, label: 'Volumes: csi' },
      { url: URLS.volumeTypes, label: 'Volume Types (removed in-tree types)' },
    ],
    commands: [
      { kubectl: 'kubectl get csidrivers', docker: 'docker plugin ls', note: { en: 'The CSI drivers installed in the cluster; a Docker volume plugin is the nearest Docker equivalent.', zh: '集群中已安装的 CSI 驱动；Docker 中最接近的是卷插件。' } },
      { kubectl: 'kubectl get csinodes', note: { en: 'How many CSI drivers each node has registered.', zh: '每个节点注册了多少个 CSI 驱动。' } },
      { kubectl: "kubectl get pv <pv> -o jsonpath='{.spec.csi.driver}'", note: { en: 'The driver that serves this volume (empty for volumes that are not CSI).', zh: '为这个持久卷提供服务的驱动（非 CSI 卷为空）。' } },
    ],
    related: ['dynamic-provisioning', 'storage-class', 'persistent-volume', 'access-modes', 'kubelet', 'daemonset'],
    text: {
      en: {
        title: 'CSI (Container Storage Interface)',
        summary: 'The standard interface through which storage vendors\' drivers, running as Pods, create, attach and mount volumes for Kubernetes.',
        body: para(
          'CSI is a gRPC interface between container orchestrators and storage drivers, GA in Kubernetes 1.13. Before it, volume plugins were in-tree: compiled into the kubelet and kube-controller-manager and released with Kubernetes. A CSI driver comes from the storage vendor and is installed like an application: a controller part (a Deployment or StatefulSet with sidecars such as external-provisioner and external-attacher) and a node part, a DaemonSet the kubelet calls to mount volumes on each node.',
          'A CSIDriver object registers a driver with the cluster, and each node\'s CSINode object lists the drivers running there. A StorageClass names the driver as its provisioner, and the PVs it creates carry spec.csi.driver and spec.csi.volumeHandle. ReadWriteOncePod, volume snapshots and cloning work only with CSI drivers.',
          'The in-tree plugins are going away: the cloud ones were redirected to CSI drivers (CSI migration) and then removed, for example awsElasticBlockStore in 1.27 and gcePersistentDisk in 1.28; glusterfs was removed in 1.26, cephfs and rbd in 1.31, portworxVolume in 1.36.',
        ),
        misconception: {
          belief: 'Kubernetes itself knows how to talk to NFS, GlusterFS or cloud disks, so storage support comes built in.',
          correction: 'Storage is left to CSI drivers that the cluster operator installs (managed clouds preinstall theirs). Without a driver for your storage, claims for it stay Pending. The in-tree GlusterFS plugin was removed in 1.26; an in-tree nfs volume type still exists, but it has no dynamic provisioning: that needs an external provisioner or a CSI driver.',
        },
      },
      zh: {
        title: 'CSI（容器存储接口）',
        summary: '存储厂商的驱动以 Pod 形式运行，通过这一标准接口为 Kubernetes 创建、挂接和挂载卷。',
        body: para(
          'CSI 是容器编排系统与存储驱动之间的 gRPC 接口，在 Kubernetes 1.13 中 GA。在它之前，卷插件是树内（in-tree）的：编译进 kubelet 和 kube-controller-manager，随 Kubernetes 一起发布。CSI 驱动由存储厂商提供，像应用一样安装：一个控制器部分（Deployment 或 StatefulSet，带有 external-provisioner、external-attacher 等边车容器），以及一个节点部分，即 kubelet 在每个节点上调用来挂载卷的 DaemonSet。',
          'CSIDriver 对象向集群登记一个驱动，每个节点的 CSINode 对象列出在该节点上运行的驱动。存储类把驱动名写作 provisioner，由它创建的 PV 带有 spec.csi.driver 和 spec.csi.volumeHandle。ReadWriteOncePod、卷快照和克隆都只适用于 CSI 驱动。',
          '树内插件正在退场：云厂商的插件先通过 CSI 迁移（CSI migration）转交给 CSI 驱动，然后被移除，例如 awsElasticBlockStore 在 1.27、gcePersistentDisk 在 1.28；glusterfs 在 1.26 中移除，cephfs 和 rbd 在 1.31，portworxVolume 在 1.36。',
        ),
        misconception: {
          belief: 'Kubernetes 自己就会对接 NFS、GlusterFS 或云盘，存储支持是内置的。',
          correction: '存储交给集群运维者安装的 CSI 驱动来处理（托管云集群会预装自家的驱动）。没有对应存储的驱动，相关申领就会一直处于 Pending（悬决）。树内 GlusterFS 插件已在 1.26 中移除；树内的 nfs 卷类型仍然存在，但它不支持动态制备，这需要外部制备器或 CSI 驱动。',
        },
      },
    },
  },

  'access-modes': {
    id: 'access-modes',
    keywords: ['accessModes', 'access mode', 'ReadWriteOnce', 'RWO', 'ReadOnlyMany', 'ROX', 'ReadWriteMany', 'RWX', 'ReadWriteOncePod', 'RWOP', 'Multi-Attach', '访问模式', '单节点读写', '多节点读写', '单 Pod 读写', '只读'],
    docs: [{ url: URLS.accessModes, label: 'Persistent Volumes: Access Modes' }],
    commands: [
      { kubectl: 'kubectl get pvc', note: { en: 'ACCESS MODES shows the bound volume\'s modes (blank until the claim is bound).', zh: 'ACCESS MODES 一列显示所绑定卷的访问模式（申领绑定前为空）。' } },
      { kubectl: "kubectl get pvc <claim> -o jsonpath='{.spec.accessModes}'", note: { en: 'The modes the claim asked for.', zh: '申领所请求的访问模式。' } },
      { kubectl: 'kubectl describe pod <pod>', note: { en: 'A Pod on a second node waits in ContainerCreating with a Multi-Attach error while an RWO volume is attached elsewhere.', zh: '当 RWO 卷已挂接在别的节点上时，第二个节点上的 Pod 会停在 ContainerCreating，并报 Multi-Attach 错误。' } },
    ],
    related: ['pvc', 'persistent-volume', 'csi', 'node', 'statefulset'],
    text: {
      en: {
        title: 'Access modes (RWO, ROX, RWX, RWOP)',
        summary: 'How a volume may be mounted: read-write by one node (RWO), read-only by many nodes (ROX), read-write by many nodes (RWX), or read-write by one Pod (RWOP).',
        body: para(
          'A claim lists the modes it needs in spec.accessModes and binds only to a volume whose modes include them. ReadWriteOnce (RWO): read-write by a single node. ReadOnlyMany (ROX): read-only by many nodes. ReadWriteMany (RWX): read-write by many nodes. ReadWriteOncePod (RWOP): read-write by a single Pod in the whole cluster, GA since 1.29 and only for CSI volumes.',
          'RWO is about nodes, not Pods: several Pods on the same node can mount an RWO volume read-write at the same time. A Pod using the claim on another node waits in ContainerCreating with a Multi-Attach error while the volume is attached elsewhere. Use RWOP when exactly one Pod may write.',
          'Which modes are possible depends on the storage: block devices such as cloud disks give RWO (and RWOP through CSI), shared file systems such as NFS or CephFS give RWX. A volume is mounted with one mode at a time even if it supports several, and access modes do not enforce write protection once it is mounted: for read-only use, set readOnly: true on the volume mount.',
        ),
        misconception: {
          belief: 'ReadWriteOnce means only one Pod can use the volume.',
          correction: 'It means one node. Pods on that node can share it read-write; a Pod on another node cannot attach it. For a single Pod, use ReadWriteOncePod (GA in 1.29, CSI volumes only).',
        },
      },
      zh: {
        title: '访问模式（RWO、ROX、RWX、RWOP）',
        summary: '卷可以怎样被挂载：单个节点读写（RWO）、多个节点只读（ROX）、多个节点读写（RWX），或单个 Pod 读写（RWOP）。',
        body: para(
          '申领在 spec.accessModes 中列出所需的访问模式，只会绑定到访问模式包含这些模式的卷。ReadWriteOnce（RWO）：单个节点读写。ReadOnlyMany（ROX）：多个节点只读。ReadWriteMany（RWX）：多个节点读写。ReadWriteOncePod（RWOP）：整个集群中只允许单个 Pod 读写，自 1.29 起 GA，且只适用于 CSI 卷。',
          'RWO 针对的是节点而不是 Pod：同一节点上的多个 Pod 可以同时以读写方式挂载一个 RWO 卷。若使用该申领的 Pod 位于另一个节点，而卷已挂接在别处，它会停在 ContainerCreating 并报 Multi-Attach 错误。需要确保只有一个 Pod 写入时，请使用 RWOP。',
          '可用哪些模式取决于存储本身：云盘这类块设备提供 RWO（通过 CSI 还可提供 RWOP），NFS、CephFS 这类共享文件系统提供 RWX。即使卷支持多种模式，一次也只能以一种模式挂载；而且卷挂载之后，访问模式并不会强制写保护：需要只读时，请在卷挂载上设置 readOnly: true。',
        ),
        misconception: {
          belief: 'ReadWriteOnce 表示只有一个 Pod 能使用这个卷。',
          correction: '它表示一个节点。该节点上的多个 Pod 可以共享它并读写；其他节点上的 Pod 无法挂接它。若要限定单个 Pod，请使用 ReadWriteOncePod（1.29 起 GA，仅适用于 CSI 卷）。',
        },
      },
    },
  },

  'reclaim-policy': {
    id: 'reclaim-policy',
    keywords: ['reclaimPolicy', 'persistentVolumeReclaimPolicy', 'Retain', 'Delete', 'Recycle', 'Released', 'claimRef', '回收策略', '保留', '回收', '数据保留', '删除申领'],
    docs: [
      { url: URLS.reclaiming, label: 'Persistent Volumes: Reclaiming' },
      { url: URLS.changeReclaimPolicy, label: 'Change the Reclaim Policy of a PersistentVolume' },
    ],
    commands: [
      { kubectl: 'kubectl get pv', note: { en: 'RECLAIM POLICY and STATUS side by side: a Retain volume whose claim is gone shows Released.', zh: 'RECLAIM POLICY 与 STATUS 并列：申领已删除的 Retain 卷显示为 Released。' } },
      { kubectl: 'kubectl patch pv <pv> -p \'{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}\'', note: { en: 'Keep a volume\'s data before deleting its claim.', zh: '在删除申领之前先保住卷中的数据。' } },
      { kubectl: 'kubectl patch pv <pv> --type json -p \'[{"op":"remove","path":"/spec/claimRef"}]\'', note: { en: 'Makes a Released volume Available again, only after its data has been saved or cleaned.', zh: '让 Released 的卷重新变为 Available；只能在数据已备份或清理之后这样做。' } },
    ],
    related: ['persistent-volume', 'pvc', 'storage-class', 'dynamic-provisioning', 'finalizers'],
    text: {
      en: {
        title: 'Reclaim policy (Delete, Retain, Recycle)',
        summary: 'What happens to a PersistentVolume and its data once its claim is deleted.',
        body: para(
          'spec.persistentVolumeReclaimPolicy on a PV decides what the cluster does after the claim bound to it is deleted. Delete removes the PV object and the storage behind it (the cloud disk, the directory), so the data is gone. Retain keeps both: the PV turns Released and keeps the old claim in spec.claimRef, so no new claim can bind to it until an administrator deals with it.',
          'Dynamically provisioned volumes inherit the reclaimPolicy of their StorageClass, which is Delete unless the class says otherwise; PVs created by hand default to Retain. Delete suits data you can recreate. For data you cannot, set Retain on the class, or change it on the live PV with kubectl patch before deleting the claim.',
          'To reuse a Released volume, save or clean its data, then either delete the PV and create a new one for the same storage, or remove spec.claimRef so that it turns Available again. Recycle (a basic rm -rf of the volume, then Available again) is deprecated and supported only by nfs and hostPath; dynamic provisioning replaces it.',
        ),
        misconception: {
          belief: 'Deleting a PVC only frees the claim; the data stays on the volume.',
          correction: 'Under Delete, the default for dynamically provisioned volumes, deleting the claim deletes the PV and the disk behind it. Only Retain keeps the data, leaving the PV Released for manual cleanup. Recycle is deprecated.',
        },
      },
      zh: {
        title: '回收策略（Delete、Retain、Recycle）',
        summary: '申领被删除后，持久卷及其中的数据会怎样。',
        body: para(
          'PV 上的 spec.persistentVolumeReclaimPolicy 决定了与它绑定的申领被删除后集群怎么做。Delete 会删除 PV 对象及其背后的存储（云盘、目录），数据随之消失。Retain 则两者都保留：PV 变为 Released，并在 spec.claimRef 中保留原来的申领，因此在管理员处理之前，新的申领无法与它绑定。',
          '动态制备的卷继承其存储类的 reclaimPolicy，除非存储类另有规定，否则为 Delete；手工创建的 PV 默认是 Retain。Delete 适合可以重建的数据。对于无法重建的数据，请在存储类上设置 Retain，或者在删除申领之前用 kubectl patch 修改现有 PV 的策略。',
          '要重新使用 Released 的卷，先备份或清理其中的数据，然后要么删除这个 PV 并为同一存储新建一个，要么移除 spec.claimRef，使它重新变为 Available。Recycle（对卷做一次简单的 rm -rf，再变回 Available）已被弃用，且只有 nfs 和 hostPath 支持；动态制备取代了它。',
        ),
        misconception: {
          belief: '删除 PVC 只是释放申领，数据还留在卷上。',
          correction: '在 Delete 策略下（动态制备卷的默认值），删除申领会删除 PV 及其背后的磁盘。只有 Retain 会保留数据，PV 处于 Released 状态，等待人工清理。Recycle 已被弃用。',
        },
      },
    },
  },

  'volume-binding-mode': {
    id: 'volume-binding-mode',
    keywords: ['volumeBindingMode', 'Immediate', 'WaitForFirstConsumer', 'WaitForPodScheduled', 'delayed binding', 'topology', 'Pending PVC', '卷绑定模式', '延迟绑定', '等待第一个使用者', '悬决', '申领一直 Pending'],
    docs: [
      { url: URLS.volumeBindingMode, label: 'Storage Classes: Volume binding mode' },
      { url: URLS.persistentVolumes, label: 'Persistent Volumes' },
    ],
    commands: [
      { kubectl: 'kubectl get storageclass', note: { en: 'VOLUMEBINDINGMODE per class; unset shows Immediate.', zh: 'VOLUMEBINDINGMODE 一列显示每个存储类的卷绑定模式；未设置时显示 Immediate。' } },
      { kubectl: 'kubectl describe pvc <claim> -n <namespace>', note: { en: 'The event WaitForFirstConsumer says the claim is waiting for a Pod, not broken.', zh: 'WaitForFirstConsumer 事件表示申领在等待 Pod，并不是出错。' } },
    ],
    related: ['storage-class', 'pvc', 'kube-scheduler', 'dynamic-provisioning', 'phase-pending', 'persistent-volume'],
    text: {
      en: {
        title: 'Volume binding mode (Immediate, WaitForFirstConsumer)',
        summary: 'When a StorageClass binds and provisions a claim: as soon as the claim exists, or only once a Pod that uses it is being scheduled.',
        body: para(
          'volumeBindingMode is set on a StorageClass. Immediate, the default, binds or provisions as soon as the claim is created, before any Pod needs it; with zonal or node-local storage the volume may then end up where the Pod cannot be scheduled. WaitForFirstConsumer delays binding and provisioning until a Pod using the claim is created; the scheduler picks a node taking the Pod\'s requests, nodeSelector, affinity and taints into account, and the volume is provisioned or chosen to fit that node.',
          'Until then the claim is Pending with the event WaitForFirstConsumer, "waiting for first consumer to be created before binding", or "waiting for pod <name> to be scheduled" once a Pod exists but is not scheduled yet. That is expected, not an error. kind\'s default class uses WaitForFirstConsumer, so a new claim there stays Pending until a Pod mounts it.',
          'A Pod that sets spec.nodeName bypasses the scheduler, so with this mode its claim is never bound and stays Pending: use nodeSelector or node affinity instead. Local volumes should use a class with WaitForFirstConsumer so the scheduler can pick the node the disk is on.',
        ),
        misconception: {
          belief: 'A PVC stuck in Pending is always broken.',
          correction: 'With WaitForFirstConsumer, Pending is expected until a Pod that uses the claim is scheduled, and the event WaitForFirstConsumer says so. It is a problem only if such a Pod exists and cannot be scheduled, or sets spec.nodeName.',
        },
      },
      zh: {
        title: '卷绑定模式（Immediate、WaitForFirstConsumer）',
        summary: '存储类何时为申领绑定和制备卷：申领一创建就进行，还是等到使用它的 Pod 被调度时才进行。',
        body: para(
          'volumeBindingMode 设置在存储类上。默认的 Immediate 在申领创建后立即绑定或制备，不等任何 Pod 需要它；对于按可用区划分或位于节点本地的存储，卷可能因此落在 Pod 无法被调度到的位置。WaitForFirstConsumer 会把绑定和制备推迟到使用该申领的 Pod 被创建之后；调度器综合 Pod 的资源请求、nodeSelector、亲和性和污点选出节点，再按该节点来制备或挑选卷。',
          '在此之前，申领处于 Pending（悬决），并带有 WaitForFirstConsumer 事件“waiting for first consumer to be created before binding”；若已有 Pod 但尚未被调度，则是“waiting for pod <name> to be scheduled”。这是预期行为，不是错误。kind 的默认存储类使用 WaitForFirstConsumer，所以在 kind 中新建的申领会一直 Pending，直到有 Pod 挂载它。',
          '设置了 spec.nodeName 的 Pod 会绕过调度器，因此在这种模式下它的申领永远不会被绑定，一直处于 Pending：请改用 nodeSelector 或节点亲和性。本地卷（local）应使用 WaitForFirstConsumer 的存储类，这样调度器才能选中磁盘所在的节点。',
        ),
        misconception: {
          belief: '处于 Pending（悬决）的 PVC 一定是出了问题。',
          correction: '使用 WaitForFirstConsumer 时，在使用该申领的 Pod 被调度之前，Pending 是预期状态，WaitForFirstConsumer 事件也会说明这一点。只有当这样的 Pod 已存在却无法被调度，或者它设置了 spec.nodeName 时，才是问题。',
        },
      },
    },
  },
};
