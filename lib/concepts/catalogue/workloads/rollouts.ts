/**
 * How a Deployment rolls out: rolling updates, the maxSurge/maxUnavailable
 * budget (rounding from deployment_util.go ResolveFenceposts), the Progressing
 * and Available conditions, revision history and rollback, and the
 * pod-template-hash label (k8s-facts-workloads-storage.md §1).
 */
import type { ConceptEntry } from '../../types';
import type { WorkloadConceptId } from '../workloads';
import { para, URLS } from './shared';

type RolloutId = Extract<WorkloadConceptId, 'rolling-update' | 'max-surge-max-unavailable' | 'deployment-conditions' | 'revision-history' | 'pod-template-hash'>;

export const rolloutConcepts: Record<RolloutId, ConceptEntry> = {
  'rolling-update': {
    id: 'rolling-update',
    keywords: ['rolling update', 'rollout', 'RollingUpdate', 'Recreate', 'kubectl set image', 'rollout restart', 'rollout pause', 'rollover', 'ScalingReplicaSet', 'zero downtime', '滚动更新', '发布', '升级', '重新部署', '不停机更新'],
    docs: [
      { url: URLS.deploymentUpdating, label: 'Deployments: Updating a Deployment' },
      { url: URLS.kubectlRollout, label: 'kubectl rollout' },
    ],
    commands: [
      { kubectl: 'kubectl set image deployment/web nginx=nginx:1.28', note: { en: 'Changes the Pod template, which starts a rollout.', zh: '修改 Pod 模板，从而触发一次发布。' } },
      { kubectl: 'kubectl rollout status deployment/web' },
      { kubectl: 'kubectl rollout restart deployment/web', note: { en: 'Sets a restartedAt annotation in the Pod template, so every Pod is replaced by a rollout.', zh: '在 Pod 模板中设置 restartedAt 注解，从而通过一次发布替换所有 Pod。' } },
      { kubectl: 'kubectl rollout pause deployment/web', note: { en: 'Template changes made while paused roll out together after kubectl rollout resume.', zh: '暂停期间对模板的修改，会在 kubectl rollout resume 之后一起发布。' } },
    ],
    related: ['deployment', 'max-surge-max-unavailable', 'deployment-conditions', 'revision-history', 'pod-template-hash', 'replicaset', 'readiness-probe', 'statefulset', 'daemonset'],
    text: {
      en: {
        title: 'Rolling update',
        summary: 'A Deployment replaces its Pods gradually when its Pod template changes, keeping the application available throughout.',
        body: para(
          'A Deployment rolls out only when its Pod template (spec.template) changes: a new image, environment variable, resource or template label. On each change the deployment controller creates a ReplicaSet for the new template (or reuses the old one whose template matches), then scales it up and the old ReplicaSets down in steps bounded by maxSurge and maxUnavailable, waiting for new Pods to become available before going on. Each step is recorded as a ScalingReplicaSet event on the Deployment.',
          'Readiness sets the pace: a new Pod counts once it is Ready, and as available only after minReadySeconds more. If the new Pods never become Ready, the rollout stops part-way while the old Pods keep serving, which is the point of rolling. A new template change during a rollout is taken up at once: the controller starts scaling up the newest ReplicaSet and treats the one it was scaling up as old (a rollover).',
          'The Recreate strategy instead scales all old Pods to zero and waits until they are gone before creating new ones: downtime, but never two versions at once. StatefulSets roll by ordinal and DaemonSets by node. kubectl rollout pause holds template changes so several can go out as one rollout after kubectl rollout resume.',
        ),
        misconception: {
          belief: 'Any change, scaling included, starts a rolling update, and a rollout that fails is rolled back automatically.',
          correction:
            'Only a Pod template change starts a rollout; changing replicas just scales the current ReplicaSet. A failing rollout is never rolled back by Kubernetes: after progressDeadlineSeconds the Deployment reports Progressing=False with reason ProgressDeadlineExceeded and keeps trying. Rolling back is your decision (kubectl rollout undo).',
        },
      },
      zh: {
        title: '滚动更新（Rolling Update）',
        summary: 'Pod 模板变化时，Deployment 逐步替换它的 Pod，整个过程中应用保持可用。',
        body: para(
          '只有 Pod 模板（spec.template）发生变化时，Deployment 才会发布：新的镜像、环境变量、资源或模板中的标签。每次变化时，deployment 控制器为新模板创建一个 ReplicaSet（如果已有模板相同的旧 ReplicaSet 则复用它），然后在 maxSurge 和 maxUnavailable 的限制内分步扩容新的、缩容旧的 ReplicaSet，每一步都等新 Pod 变为可用后再继续。每一步都会作为 ScalingReplicaSet 事件记录在 Deployment 上。',
          '节奏由就绪状态决定：新 Pod 就绪后才被计入，再经过 minReadySeconds 才算可用。如果新 Pod 一直无法就绪，发布就停在半途，旧 Pod 继续提供服务——这正是滚动更新的意义。发布过程中再次修改模板会立即生效：控制器开始扩容最新的 ReplicaSet，并把之前正在扩容的那个当作旧的（即“翻转”，rollover）。',
          'Recreate 策略则先把所有旧 Pod 缩到 0，等它们全部消失后才创建新 Pod：会有停机，但绝不会同时运行两个版本。StatefulSet 按序号滚动，DaemonSet 按节点滚动。kubectl rollout pause 可以暂缓模板修改，在 kubectl rollout resume 之后作为一次发布统一上线。',
        ),
        misconception: {
          belief: '任何修改（包括扩缩容）都会触发滚动更新，发布失败时会自动回滚。',
          correction:
            '只有修改 Pod 模板才会触发发布；修改 replicas 只会扩缩当前的 ReplicaSet。Kubernetes 从不自动回滚失败的发布：超过 progressDeadlineSeconds 后，Deployment 报告 Progressing=False、原因 ProgressDeadlineExceeded，并继续尝试。是否回滚由你决定（kubectl rollout undo）。',
        },
      },
    },
  },

  'max-surge-max-unavailable': {
    id: 'max-surge-max-unavailable',
    keywords: ['maxSurge', 'maxUnavailable', 'rollingUpdate', 'rollout budget', 'surge', '25%', 'rounding', 'extra Pods', '最大峰值', '最大不可用', '滚动更新策略', '多出的 Pod'],
    docs: [
      { url: URLS.deploymentMaxUnavailable, label: 'Deployments: Max Unavailable' },
      { url: URLS.deploymentMaxSurge, label: 'Deployments: Max Surge' },
    ],
    commands: [
      { kubectl: "kubectl get deployment web -o jsonpath='{.spec.strategy}'" },
      { kubectl: 'kubectl patch deployment web -p \'{"spec":{"strategy":{"rollingUpdate":{"maxSurge":1,"maxUnavailable":0}}}}\'', note: { en: 'Never below full capacity; one extra Pod at a time.', zh: '容量始终不低于期望值；每次多出一个 Pod。' } },
    ],
    related: ['rolling-update', 'deployment', 'deployment-conditions', 'replicaset', 'daemonset', 'horizontal-pod-autoscaler'],
    text: {
      en: {
        title: 'maxSurge and maxUnavailable',
        summary: 'The budget of a rolling update: how many Pods may exist above the desired count, and how many desired Pods may be unavailable.',
        body: para(
          'These two fields of a Deployment\'s RollingUpdate strategy bound every step of a rollout. maxSurge is how many Pods may exist above spec.replicas; maxUnavailable is how many of the desired replicas may be unavailable. Each takes a number or a percentage of replicas, and both default to 25 %.',
          'Percentages are rounded: maxSurge up, maxUnavailable down. With 4 replicas the defaults give 1 and 1, so at most 5 Pods exist and at least 3 are available. With 3 replicas they give 1 and 0: at most 4 Pods and never fewer than 3 available, so the rollout adds one new Pod, waits until it is available, and only then removes an old one. That is why you can see 4 Pods after asking for 3.',
          'The two cannot both be 0: validation rejects it, because no Pod could ever be replaced. maxUnavailable 0 with maxSurge 1 keeps full capacity at the cost of one extra Pod; a larger maxSurge makes rollouts faster but needs room for more Pods. DaemonSets have the same fields, with maxUnavailable 1 and maxSurge 0 by default.',
        ),
        misconception: {
          belief: 'With the default 25 %, one of 3 replicas may be down during a rollout.',
          correction:
            'maxUnavailable rounds down: 25 % of 3 is 0.75, which becomes 0, so no replica may be unavailable. Only maxSurge rounds up, to 1, which is why a fourth Pod appears. Setting both to 0 is rejected by validation; it does not pause the rollout.',
        },
      },
      zh: {
        title: 'maxSurge 与 maxUnavailable（最大峰值与最大不可用）',
        summary: '滚动更新的额度：最多可以比期望数多出几个 Pod，期望的副本中最多可以有几个不可用。',
        body: para(
          '这是 Deployment 的 RollingUpdate 策略中的两个字段，限制发布的每一步。maxSurge 表示 Pod 总数最多可以超出 spec.replicas 多少；maxUnavailable 表示期望的副本中最多可以有多少个不可用。两者都可以是整数或副本数的百分比，默认都是 25%。',
          '百分比会取整：maxSurge 向上取整，maxUnavailable 向下取整。4 个副本时默认值得到 1 和 1：最多同时存在 5 个 Pod，至少 3 个可用。3 个副本时得到 1 和 0：最多 4 个 Pod，可用数从不低于 3，所以发布会先加一个新 Pod，等它可用后才删除一个旧 Pod。这就是为什么你要 3 个副本，却可能看到 4 个 Pod。',
          '两者不能同时为 0：校验会拒绝这种设置，因为那样没有任何 Pod 能被替换。maxUnavailable 为 0、maxSurge 为 1 可以始终保持满容量，代价是多一个 Pod；maxSurge 越大发布越快，但需要容纳更多 Pod 的资源。DaemonSet 也有这两个字段，默认 maxUnavailable 为 1、maxSurge 为 0。',
        ),
        misconception: {
          belief: '在默认的 25% 下，3 个副本中允许有 1 个在发布期间不可用。',
          correction: 'maxUnavailable 向下取整：3 的 25% 是 0.75，取整为 0，所以不允许任何副本不可用。只有 maxSurge 向上取整为 1，这就是会出现第 4 个 Pod 的原因。两者都设为 0 会被校验拒绝，而不是让发布暂停。',
        },
      },
    },
  },

  'deployment-conditions': {
    id: 'deployment-conditions',
    keywords: ['Progressing', 'Available', 'ReplicaFailure', 'progressDeadlineSeconds', 'ProgressDeadlineExceeded', 'minReadySeconds', 'NewReplicaSetAvailable', 'MinimumReplicasAvailable', 'ReplicaSetUpdated', 'rollout stuck', '发布卡住', '发布超时', '进度期限', '状况', '可用'],
    docs: [
      { url: URLS.deploymentStatus, label: 'Deployments: Deployment status' },
      { url: URLS.deploymentMinReady, label: 'Deployments: Min Ready Seconds' },
    ],
    commands: [
      { kubectl: 'kubectl rollout status deployment/web', note: { en: 'Exits non-zero once the Deployment has exceeded its progress deadline.', zh: 'Deployment 超过进度期限后，该命令以非零状态退出。' } },
      { kubectl: "kubectl get deployment web -o jsonpath='{.status.conditions}'" },
      { kubectl: 'kubectl describe deployment web', note: { en: 'Conditions, the old and new ReplicaSets, and the ScalingReplicaSet events.', zh: '显示状况、新旧 ReplicaSet 以及 ScalingReplicaSet 事件。' } },
    ],
    related: ['deployment', 'rolling-update', 'max-surge-max-unavailable', 'readiness-probe', 'replicaset', 'reason-image-pull-backoff', 'pod-conditions'],
    text: {
      en: {
        title: 'Deployment conditions: Progressing and Available',
        summary: 'How a Deployment reports its rollout: Available while enough Pods serve, Progressing while the rollout moves or has timed out.',
        body: para(
          'Available is True (reason MinimumReplicasAvailable) while at least replicas − maxUnavailable Pods are available, and False (MinimumReplicasUnavailable) otherwise. Progressing is True while the rollout advances: reason NewReplicaSetCreated or FoundNewReplicaSet when it starts, ReplicaSetUpdated while Pods are replaced, and NewReplicaSetAvailable once the new ReplicaSet is complete, where it stays until the next change. A third condition, ReplicaFailure, appears when Pods cannot be created, for example because of a quota.',
          'progressDeadlineSeconds (600 by default) is how long a rollout may go without progress. Each step renews the Progressing condition; when the deadline passes without one, Progressing turns False with reason ProgressDeadlineExceeded. Usual causes are new Pods that cannot pull their image, crash, never become Ready or cannot be scheduled. The deadline is not checked while the Deployment is paused.',
          'minReadySeconds (0 by default) is how long a new Pod must be Ready, without any of its containers crashing, before it counts as available. It makes each step of a rollout wait that much longer, so that a Pod that fails soon after starting stops the rollout.',
        ),
        misconception: {
          belief: 'ProgressDeadlineExceeded stops the rollout or rolls it back.',
          correction:
            'It only sets the condition (and makes kubectl rollout status fail). The controller keeps working on the Deployment, the old Pods keep serving, and Progressing becomes True again if the new Pods turn available. Rolling back is up to you.',
        },
      },
      zh: {
        title: 'Deployment 的状况：Progressing 与 Available',
        summary: 'Deployment 如何报告发布进展：足够多的 Pod 在服务时 Available，发布推进中或已超时由 Progressing 表示。',
        body: para(
          '至少有 replicas − maxUnavailable 个 Pod 可用时，Available 为 True（原因 MinimumReplicasAvailable），否则为 False（MinimumReplicasUnavailable）。发布推进时 Progressing 为 True：开始时原因为 NewReplicaSetCreated 或 FoundNewReplicaSet，替换 Pod 期间为 ReplicaSetUpdated，新 ReplicaSet 完成后为 NewReplicaSetAvailable，并一直保持到下一次变更。第三种状况 ReplicaFailure 出现在无法创建 Pod 时，例如超出配额。',
          'progressDeadlineSeconds（默认 600）是发布在没有任何进展的情况下最多可以持续的时间。每一步进展都会刷新 Progressing 状况；期限过去仍无进展时，Progressing 变为 False，原因为 ProgressDeadlineExceeded。常见原因是新 Pod 拉取不到镜像、崩溃、始终无法就绪或无法调度。Deployment 暂停期间不检查这个期限。',
          'minReadySeconds（默认 0）是新 Pod 必须保持就绪、且没有任何容器崩溃的时长，之后才被视为可用。它让发布的每一步多等这么久，这样启动后很快就失败的 Pod 会让发布停下来。',
        ),
        misconception: {
          belief: 'ProgressDeadlineExceeded 会停止发布或自动回滚。',
          correction: '它只是设置状况（并让 kubectl rollout status 失败）。控制器继续处理这个 Deployment，旧 Pod 继续提供服务；如果新 Pod 后来变为可用，Progressing 会重新变为 True。是否回滚由你决定。',
        },
      },
    },
  },

  'revision-history': {
    id: 'revision-history',
    keywords: ['revision', 'rollout history', 'rollout undo', 'rollback', 'revisionHistoryLimit', 'deployment.kubernetes.io/revision', 'revision-history', 'change-cause', '--to-revision', 'ControllerRevision', '回滚', '修订版本', '版本历史', '历史版本', '撤销发布'],
    docs: [
      { url: URLS.deploymentRollingBack, label: 'Deployments: Rolling Back a Deployment' },
      { url: URLS.kubectlRollout, label: 'kubectl rollout' },
    ],
    commands: [
      { kubectl: 'kubectl rollout history deployment/web' },
      { kubectl: 'kubectl rollout history deployment/web --revision=2', note: { en: 'Shows the Pod template of that revision.', zh: '显示该修订版本的 Pod 模板。' } },
      { kubectl: 'kubectl rollout undo deployment/web --to-revision=2', note: { en: 'Without --to-revision it goes back to the previous revision.', zh: '不带 --to-revision 时回到上一个修订版本。' } },
      { kubectl: 'kubectl annotate deployment/web kubernetes.io/change-cause="nginx 1.28"', note: { en: 'Fills the CHANGE-CAUSE column of rollout history.', zh: '填写 rollout history 中的 CHANGE-CAUSE 列。' } },
    ],
    related: ['deployment', 'rolling-update', 'replicaset', 'pod-template-hash', 'statefulset', 'daemonset', 'deployment-conditions'],
    text: {
      en: {
        title: 'Revision history and rollback',
        summary: 'Each Pod template a Deployment has run is kept as a numbered ReplicaSet, so kubectl rollout undo can go back to it.',
        body: para(
          'A Deployment\'s revisions are its ReplicaSets, numbered by the annotation deployment.kubernetes.io/revision. Old ReplicaSets stay at 0 replicas; spec.revisionHistoryLimit (10 by default) says how many are kept, and older ones are deleted; with 0, no rollback is possible. kubectl rollout history lists them, with a CHANGE-CAUSE taken from the kubernetes.io/change-cause annotation if you set one.',
          'kubectl rollout undo runs in kubectl, not on the server: it reads the chosen ReplicaSet (the previous revision, or --to-revision), copies its Pod template back into the Deployment, and the controller rolls that out like any other change. The matching ReplicaSet is reused and becomes the newest revision, with the next number; its earlier numbers are listed in deployment.kubernetes.io/revision-history. Undo refuses a paused Deployment.',
          'StatefulSets and DaemonSets keep their history as ControllerRevision objects instead (also limited to 10 by default), and kubectl rollout history and undo work for them too. ReplicaSets, Jobs and CronJobs have no rollout history.',
        ),
        misconception: {
          belief: 'Rolling back calls a rollback API on the server and restores the old revision number.',
          correction:
            'There is no rollback endpoint: kubectl patches the old Pod template into the Deployment. The reused ReplicaSet becomes the newest revision (the highest number plus one), and its old number moves to the deployment.kubernetes.io/revision-history annotation.',
        },
      },
      zh: {
        title: '修订历史与回滚',
        summary: 'Deployment 运行过的每个 Pod 模板都以带编号的 ReplicaSet 形式保留，kubectl rollout undo 可以据此回滚。',
        body: para(
          'Deployment 的修订版本就是它的各个 ReplicaSet，编号记录在注解 deployment.kubernetes.io/revision 中。旧的 ReplicaSet 以 0 副本保留；spec.revisionHistoryLimit（默认 10）决定保留多少个，更早的会被删除；设为 0 则无法回滚。kubectl rollout history 列出这些修订版本，其中的 CHANGE-CAUSE 来自你设置的 kubernetes.io/change-cause 注解。',
          'kubectl rollout undo 在 kubectl 中执行，而不是在服务器端：它读取选定的 ReplicaSet（上一个修订版本，或 --to-revision 指定的版本），把其 Pod 模板复制回 Deployment，控制器再像对待其他修改一样发布它。模板相同的 ReplicaSet 会被复用，并成为最新的修订版本，获得下一个编号；它之前的编号记录在 deployment.kubernetes.io/revision-history 中。对已暂停的 Deployment，undo 会拒绝执行。',
          'StatefulSet 和 DaemonSet 则以 ControllerRevision 对象保存历史（默认同样保留 10 个），kubectl rollout history 和 undo 对它们同样适用。ReplicaSet、Job 和 CronJob 没有发布历史。',
        ),
        misconception: {
          belief: '回滚是调用服务器端的回滚 API，并恢复旧的修订版本号。',
          correction: '并不存在回滚接口：是 kubectl 把旧的 Pod 模板补丁回 Deployment。被复用的 ReplicaSet 成为最新的修订版本（最大编号加一），它原来的编号转入 deployment.kubernetes.io/revision-history 注解。',
        },
      },
    },
  },

  'pod-template-hash': {
    id: 'pod-template-hash',
    keywords: ['pod-template-hash', 'template hash', 'ReplicaSet name', 'collisionCount', 'new ReplicaSet', 'old ReplicaSet', 'Pod 模板哈希', '模板哈希', '哈希标签'],
    docs: [{ url: URLS.deploymentPodTemplateHash, label: 'Deployments: Pod-template-hash label' }],
    commands: [
      { kubectl: 'kubectl get rs -L pod-template-hash', note: { en: 'The hash is also the last part of each ReplicaSet\'s name.', zh: '这个哈希值也是每个 ReplicaSet 名称的最后一段。' } },
      { kubectl: 'kubectl get pods -l pod-template-hash=<hash>', note: { en: 'The Pods of one revision only.', zh: '只列出某一个修订版本的 Pod。' } },
    ],
    related: ['replicaset', 'deployment', 'label-selector', 'rolling-update', 'revision-history', 'label'],
    text: {
      en: {
        title: 'pod-template-hash label',
        summary: 'A label the Deployment controller adds to each of its ReplicaSets and their Pods, computed from the Pod template, so revisions never share Pods.',
        body: para(
          'The deployment controller adds pod-template-hash to every ReplicaSet it creates or adopts: to the ReplicaSet\'s labels, its selector and its Pod template, and so to each of its Pods. The value is a hash of the Pod template. The ReplicaSet is named <deployment>-<hash>, and its Pods <deployment>-<hash>-<random suffix>.',
          'All ReplicaSets of a Deployment share the Deployment\'s selector (app: web, say). Without the hash, a new ReplicaSet would count the old one\'s Pods as its own; with it, each selects only the Pods of its own template. Comparing hashes is also how you tell the new ReplicaSet from the old ones during a rollout.',
          'Do not set or change this label yourself. If two different templates ever produced the same hash, the controller increases status.collisionCount and hashes again, giving a different name.',
        ),
        misconception: {
          belief: 'pod-template-hash is a hash of the container image, so it changes only when the image does.',
          correction:
            'It is computed from the whole Pod template: changing an environment variable, a resource, a label or an annotation in the template gives a new hash, a new ReplicaSet and a rollout. Changing replicas, or the Deployment\'s own labels, does not.',
        },
      },
      zh: {
        title: 'pod-template-hash 标签',
        summary: 'Deployment 控制器根据 Pod 模板计算并添加到其每个 ReplicaSet 及其 Pod 上的标签，使不同修订版本之间不会共用 Pod。',
        body: para(
          'deployment 控制器为它创建或收养的每个 ReplicaSet 添加 pod-template-hash 标签：加到 ReplicaSet 的标签、选择算符和 Pod 模板中，因而也出现在它的每个 Pod 上。标签值是 Pod 模板的哈希。ReplicaSet 命名为 <deployment 名>-<哈希>，其 Pod 命名为 <deployment 名>-<哈希>-<随机后缀>。',
          '一个 Deployment 的所有 ReplicaSet 都共用 Deployment 的选择算符（例如 app: web）。如果没有这个哈希，新的 ReplicaSet 会把旧 ReplicaSet 的 Pod 也算作自己的；有了它，每个 ReplicaSet 只选择自己模板的 Pod。发布过程中比较哈希值，也能分辨哪个是新的 ReplicaSet。',
          '不要自己设置或修改这个标签。万一两个不同的模板得到相同的哈希，控制器会增加 status.collisionCount 并重新计算，得到不同的名称。',
        ),
        misconception: {
          belief: 'pod-template-hash 是容器镜像的哈希，只有镜像变化时才会改变。',
          correction: '它根据整个 Pod 模板计算：修改模板中的环境变量、资源、标签或注解都会得到新的哈希、新的 ReplicaSet，并触发一次发布。修改 replicas 或 Deployment 自身的标签则不会。',
        },
      },
    },
  },
};
