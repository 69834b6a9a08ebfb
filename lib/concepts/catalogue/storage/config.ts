/**
 * How configuration reaches a Pod: ConfigMaps, Secrets, projected volumes,
 * and the difference between environment variables and mounted files
 * (k8s-facts-workloads-storage.md §7; api/core/v1/types.go; kubernetes.io
 * concepts/configuration and concepts/storage/projected-volumes).
 */
import type { ConceptEntry } from '../../types';
import type { StorageConceptId } from '../storage';
import { para, URLS } from './shared';

type ConfigId = Extract<StorageConceptId, 'projected-volume' | 'configmap' | 'secret' | 'env-vs-mounted-config'>;

export const configConcepts: Record<ConfigId, ConceptEntry> = {
  'projected-volume': {
    id: 'projected-volume',
    keywords: ['projected', 'projected volume', 'serviceAccountToken', 'downwardAPI', 'kube-api-access', 'kube-root-ca.crt', 'automountServiceAccountToken', 'bound service account token', '投射卷', '服务账号令牌', '令牌', 'Downward API'],
    docs: [
      { url: URLS.projectedVolumes, label: 'Projected Volumes' },
      { url: URLS.serviceAccountToken, label: 'Service Accounts' },
    ],
    commands: [
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.volumes[?(@.projected)].name}'", note: { en: 'Most Pods show kube-api-access-<suffix>: the service account token volume.', zh: '大多数 Pod 都会显示 kube-api-access-<后缀>：即服务账号令牌卷。' } },
      { kubectl: 'kubectl exec <pod> -- ls /var/run/secrets/kubernetes.io/serviceaccount', note: { en: 'token, ca.crt and namespace, from three sources in one directory.', zh: 'token、ca.crt 和 namespace，来自三个来源，位于同一个目录。' } },
    ],
    related: ['configmap', 'secret', 'configmap-secret-volumes', 'env-vs-mounted-config', 'kubelet', 'pod'],
    text: {
      en: {
        title: 'Projected volume',
        summary: 'One volume that puts several sources (Secrets, ConfigMaps, downward API fields, a service account token) into the same directory.',
        body: para(
          'A projected volume maps several volume sources into one directory. The usual sources are secret, configMap, downwardAPI (the Pod\'s own name, labels, annotations or resource limits) and serviceAccountToken (a short-lived token for the API server). Every source must be in the Pod\'s namespace, and each can choose which keys appear and under which path.',
          'Almost every Pod already has one: a volume named kube-api-access-<suffix>, added at admission, with a serviceAccountToken, the kube-root-ca.crt ConfigMap and the namespace from the downward API, mounted at /var/run/secrets/kubernetes.io/serviceaccount. Setting automountServiceAccountToken: false leaves it out.',
          'The token in it expires (after about an hour by default) and the kubelet renews it; it is bound to the Pod and stops working once the Pod is deleted. Like configMap and secret volumes, a projected volume is updated in place when its sources change, except in a container that mounts it with subPath.',
        ),
        misconception: {
          belief: 'The service account token inside a Pod is a Secret that never expires.',
          correction: 'Pods get a projected token that expires, is renewed by the kubelet and is rejected once the Pod is gone. Since Kubernetes 1.24 no long-lived token Secret is created for each ServiceAccount; you get one only if you create it yourself.',
        },
      },
      zh: {
        title: '投射卷（projected）',
        summary: '把多个来源（Secret、ConfigMap、Downward API 字段、服务账号令牌）放进同一个目录的卷。',
        body: para(
          '投射卷把多个卷来源映射到同一个目录中。常用的来源有 secret、configMap、downwardAPI（Pod 自己的名称、标签、注解或资源限制）以及 serviceAccountToken（用于访问 API 服务器的短期令牌）。每个来源都必须与 Pod 位于同一命名空间，并且都可以选择出现哪些键、放在什么路径下。',
          '几乎每个 Pod 都已经有一个：名为 kube-api-access-<后缀> 的卷，在准入阶段加入，包含一个 serviceAccountToken、名为 kube-root-ca.crt 的 ConfigMap，以及来自 Downward API 的命名空间，挂载在 /var/run/secrets/kubernetes.io/serviceaccount。设置 automountServiceAccountToken: false 就不会加入它。',
          '其中的令牌会过期（默认约一小时），由 kubelet 续期；它与 Pod 绑定，Pod 删除后即失效。与 configMap、secret 卷一样，投射卷在来源变化后会原地更新，但以 subPath 方式挂载它的容器除外。',
        ),
        misconception: {
          belief: 'Pod 里的服务账号令牌是一个永不过期的 Secret。',
          correction: 'Pod 得到的是投射的令牌：它会过期、由 kubelet 续期，Pod 删除后即被拒绝。自 Kubernetes 1.24 起，不再为每个 ServiceAccount 自动创建长期有效的令牌 Secret；只有你自己创建时才会有。',
        },
      },
    },
  },

  configmap: {
    id: 'configmap',
    keywords: ['ConfigMap', 'cm', 'configMapKeyRef', 'envFrom', 'binaryData', 'immutable', 'optional', 'CreateContainerConfigError', '配置', '配置文件', '配置映射', '环境变量', '配置中心'],
    docs: [
      { url: URLS.configMap, label: 'ConfigMaps' },
      { url: URLS.configurePodConfigMap, label: 'Configure a Pod to Use a ConfigMap' },
    ],
    commands: [
      { kubectl: 'kubectl create configmap app-config --from-literal=LOG_LEVEL=debug --from-file=app.properties', docker: 'docker run --env-file app.env -v ./app.properties:/etc/app/app.properties:ro <image>', note: { en: 'Outside Swarm, Docker has no config objects: an env file and a bind-mounted file do the same job.', zh: '在 Swarm 之外，Docker 没有配置对象：用 env 文件和绑定挂载的文件实现同样的效果。' } },
      { kubectl: 'kubectl get configmap <name> -n <namespace> -o yaml', note: { en: 'Prints every value: ConfigMaps are not secret.', zh: '会打印出所有值：ConfigMap 不是保密的。' } },
      { kubectl: 'kubectl get configmaps', note: { en: 'DATA counts the keys in data and binaryData.', zh: 'DATA 是 data 与 binaryData 中键的总数。' } },
    ],
    related: ['secret', 'env-vs-mounted-config', 'configmap-secret-volumes', 'projected-volume', 'reason-create-container-config-error', 'namespace'],
    text: {
      en: {
        title: 'ConfigMap',
        summary: 'A namespaced object holding non-secret configuration as keys and values, which Pods read as environment variables or files.',
        body: para(
          'A ConfigMap keeps configuration out of the image: data holds UTF-8 strings and binaryData holds bytes, up to 1 MiB in all. A Pod uses it through env[].valueFrom.configMapKeyRef (one key into one variable), envFrom (every key as a variable), a configMap volume (one file per key) or a projected volume; a program can also read it from the API. It must be in the Pod\'s namespace.',
          'A reference to a missing ConfigMap or key stops the container: through env it waits with CreateContainerConfigError and an event such as "couldn\'t find key <key> in ConfigMap <ns>/<name>" or "configmap "<name>" not found"; through a volume the Pod stays in ContainerCreating with FailedMount events. Mark the reference optional: true if the Pod may start without it.',
          'ConfigMaps are not secret: anyone who can read them sees every value. immutable: true forbids changes to the data (only metadata can change) and lets the kubelet stop watching the object; to change such a ConfigMap, create a new one and point the Pods at it.',
        ),
        misconception: {
          belief: 'Editing a ConfigMap reconfigures the running application.',
          correction: 'Only files from a whole configMap volume are updated, eventually, and only if the application rereads them. Environment variables and subPath mounts keep the old values until the container is restarted, for example by kubectl rollout restart.',
        },
      },
      zh: {
        title: 'ConfigMap（配置映射）',
        summary: '命名空间级对象，以键值对保存非保密的配置，Pod 以环境变量或文件的形式读取。',
        body: para(
          'ConfigMap 让配置与镜像分离：data 保存 UTF-8 字符串，binaryData 保存字节数据，总计不超过 1 MiB。Pod 可以通过 env[].valueFrom.configMapKeyRef（一个键对应一个变量）、envFrom（每个键都成为变量）、configMap 卷（每个键一个文件）或投射卷使用它；程序也可以直接从 API 读取。它必须与 Pod 位于同一命名空间。',
          '引用不存在的 ConfigMap 或键会让容器无法启动：通过环境变量引用时，容器停在 CreateContainerConfigError，并出现 “couldn\'t find key <key> in ConfigMap <ns>/<name>” 或 “configmap "<name>" not found” 之类的事件；通过卷引用时，Pod 停在 ContainerCreating，并出现 FailedMount 事件。如果 Pod 没有它也能启动，可把引用标记为 optional: true。',
          'ConfigMap 不是保密的：能读取它的人可以看到所有的值。immutable: true 禁止修改数据（只能改元数据），并让 kubelet 不再监视该对象；要修改这样的 ConfigMap，需要新建一个并让 Pod 改用它。',
        ),
        misconception: {
          belief: '修改 ConfigMap 就能让正在运行的应用换上新配置。',
          correction: '只有整卷挂载的 configMap 卷中的文件会被更新，而且是最终才更新，应用还得重新读取它们。环境变量和 subPath 挂载会一直保持旧值，直到容器重启，例如通过 kubectl rollout restart。',
        },
      },
    },
  },

  secret: {
    id: 'secret',
    keywords: ['Secret', 'secretKeyRef', 'stringData', 'base64', 'Opaque', 'kubernetes.io/tls', 'kubernetes.io/dockerconfigjson', 'imagePullSecrets', 'encryption at rest', 'EncryptionConfiguration', 'KMS', '密钥', '敏感信息', '静态加密', '加密', '凭据'],
    docs: [
      { url: URLS.secret, label: 'Secrets' },
      { url: URLS.encryptAtRest, label: 'Encrypting Confidential Data at Rest' },
      { url: URLS.secretGoodPractices, label: 'Good practices for Kubernetes Secrets' },
    ],
    commands: [
      { kubectl: 'kubectl create secret generic db-credentials --from-literal=username=app --from-file=password=./password.txt', docker: 'docker secret create db-password ./password.txt', note: { en: 'Docker has Secret objects only in Swarm mode.', zh: 'Docker 只有在 Swarm 模式下才有 Secret 对象。' } },
      { kubectl: 'kubectl describe secret <secret> -n <namespace>', note: { en: 'Shows the type and each key\'s size in bytes, never the values; this dashboard shows the same.', zh: '只显示类型和每个键的字节数，从不显示值；本面板也一样。' } },
      { kubectl: 'kubectl auth can-i get secrets -n <namespace>', note: { en: 'Whoever may get a Secret can decode it: base64 is not protection.', zh: '能 get 一个 Secret 的人就能解码它：base64 不是保护。' } },
    ],
    related: ['configmap', 'env-vs-mounted-config', 'configmap-secret-volumes', 'projected-volume', 'etcd', 'kube-apiserver'],
    text: {
      en: {
        title: 'Secret',
        summary: 'A namespaced object for small sensitive values (passwords, tokens, keys): base64-encoded in the API, not encrypted by it.',
        body: para(
          'A Secret is like a ConfigMap for sensitive data, up to 1 MiB. Its type says what it holds and which keys it needs: Opaque (the default), kubernetes.io/tls, kubernetes.io/dockerconfigjson for registry credentials, kubernetes.io/basic-auth, kubernetes.io/ssh-auth, kubernetes.io/service-account-token and others. Pods use it through secretKeyRef, envFrom, a secret volume or a projected volume, and through imagePullSecrets for pulling images.',
          'The values in data are base64-encoded only so that binary data fits in JSON and YAML; anyone who can get the Secret decodes them in one command. stringData accepts plain text and is merged into data when written. Over a ConfigMap a Secret gains a little: the kubelet keeps secret volumes in memory (tmpfs) on the node and receives a Secret only when a Pod on that node needs it.',
          'Real protection is up to the cluster. Secrets are stored unencrypted in etcd by default; encryption at rest is a kube-apiserver setting (an EncryptionConfiguration file passed with --encryption-provider-config, ideally with a KMS provider). Limit get, list and watch on Secrets with RBAC, and remember that anyone who can create a Pod in a namespace can mount any Secret in it.',
        ),
        misconception: {
          belief: 'Secrets are encrypted: their values are base64.',
          correction: 'base64 is an encoding, not encryption: base64 -d turns it back into plain text. Secrets sit unencrypted in etcd unless an administrator enables encryption at rest on the kube-apiserver, and anyone allowed to read a Secret, or to create a Pod in its namespace, can see its values.',
        },
      },
      zh: {
        title: 'Secret（密钥）',
        summary: '用于少量敏感数据（密码、令牌、密钥）的命名空间级对象：在 API 中只是 base64 编码，API 并不加密它。',
        body: para(
          'Secret 就像用于敏感数据的 ConfigMap，大小不超过 1 MiB。它的 type 说明内容是什么、需要哪些键：Opaque（默认）、kubernetes.io/tls、用于镜像仓库凭据的 kubernetes.io/dockerconfigjson、kubernetes.io/basic-auth、kubernetes.io/ssh-auth、kubernetes.io/service-account-token 等。Pod 可以通过 secretKeyRef、envFrom、secret 卷或投射卷使用它，拉取镜像时则通过 imagePullSecrets。',
          'data 中的值做 base64 编码只是为了让二进制数据能放进 JSON 和 YAML；能 get 这个 Secret 的人一条命令就能解码。stringData 接受明文，写入时合并到 data 中。与 ConfigMap 相比，Secret 只多了一点保护：kubelet 把 secret 卷保存在节点内存（tmpfs）中，并且只有当节点上的 Pod 需要某个 Secret 时才会收到它。',
          '真正的保护取决于集群。默认情况下 Secret 以未加密的形式存放在 etcd 中；静态加密是 kube-apiserver 的设置（用 --encryption-provider-config 传入 EncryptionConfiguration 文件，最好使用 KMS 提供程序）。用 RBAC 限制对 Secret 的 get、list 和 watch，并且要记住：能在某个命名空间创建 Pod 的人，就能挂载该命名空间中的任何 Secret。',
        ),
        misconception: {
          belief: 'Secret 是加密的，因为它的值是 base64。',
          correction: 'base64 是编码而不是加密：base64 -d 就能还原成明文。除非管理员在 kube-apiserver 上开启静态加密，否则 Secret 以未加密的形式存放在 etcd 中；任何能读取该 Secret、或能在其命名空间创建 Pod 的人都能看到它的值。',
        },
      },
    },
  },

  'env-vs-mounted-config': {
    id: 'env-vs-mounted-config',
    keywords: ['env', 'envFrom', 'volumeMounts', 'subPath', 'hot reload', 'config reload', 'rollout restart', '..data', '环境变量', '挂载文件', '配置更新', '热更新', '配置热加载'],
    docs: [
      { url: URLS.configMapUpdates, label: 'ConfigMaps: Mounted ConfigMaps are updated automatically' },
      { url: URLS.configurePodConfigMap, label: 'Configure a Pod to Use a ConfigMap' },
    ],
    commands: [
      { kubectl: 'kubectl rollout restart deployment/<name> -n <namespace>', note: { en: 'New Pods read the current values into env and subPath files.', zh: '新的 Pod 会把当前的值读入环境变量和 subPath 文件。' } },
      { kubectl: 'kubectl exec <pod> -- env', docker: 'docker exec <container> env', note: { en: 'The values the process started with.', zh: '进程启动时拿到的值。' } },
      { kubectl: 'kubectl exec <pod> -- ls -la /etc/config', docker: 'docker run -v ./config:/etc/config:ro <image>', note: { en: 'Each key is a symlink into ..data, which the kubelet swaps in one step; a Docker bind mount shows edits at once, with no such swap.', zh: '每个键都是指向 ..data 的符号链接，kubelet 一次性切换它；Docker 绑定挂载会立即反映修改，没有这种切换。' } },
    ],
    related: ['configmap', 'secret', 'configmap-secret-volumes', 'projected-volume', 'kubelet', 'rolling-update'],
    text: {
      en: {
        title: 'Environment variables vs mounted files',
        summary: 'Configuration taken into env is fixed when the container starts; files from a mounted ConfigMap or Secret are updated eventually, but not with subPath.',
        body: para(
          'The kubelet resolves env and envFrom once, when it creates the container: the process sees the values of that moment until the container restarts. Changing the ConfigMap or Secret afterwards does not change them. To pick up new values, restart the Pods, for example with kubectl rollout restart, which replaces them one by one.',
          'Files from a configMap, secret or projected volume are updated in place after the object changes. The delay can be as long as the kubelet sync period (1 minute by default) plus the delay of its cache, set by the kubelet\'s configMapAndSecretChangeDetectionStrategy (Watch by default; Cache and Get are the others). The kubelet writes a new copy and swaps a ..data symlink, so a reader never sees a half-updated set of files; the application still has to notice and reread them.',
          'Two exceptions: a file mounted with subPath is fixed at container start and never updated, and an object marked immutable cannot change at all. If the application reads its configuration only at start-up, mounted files gain nothing over env: restart it either way.',
        ),
        misconception: {
          belief: 'Editing a ConfigMap updates the environment variables and subPath files of running Pods.',
          correction: 'Env values are read once, at container start, and subPath mounts never update. Only whole-volume mounts are updated, eventually; for the rest, restart the Pods (kubectl rollout restart).',
        },
      },
      zh: {
        title: '环境变量与挂载文件',
        summary: '读入环境变量的配置在容器启动时就固定了；挂载的 ConfigMap 或 Secret 文件最终会更新，但 subPath 挂载不会。',
        body: para(
          'kubelet 只在创建容器时解析一次 env 和 envFrom：进程看到的是那一刻的值，直到容器重启。之后修改 ConfigMap 或 Secret 不会改变它们。要用上新值，请重启 Pod，例如用 kubectl rollout restart，它会逐个替换 Pod。',
          'configMap、secret 或投射卷中的文件会在对象修改后原地更新。延迟最长可达 kubelet 的同步周期（默认 1 分钟）加上其缓存的延迟，缓存方式由 kubelet 的 configMapAndSecretChangeDetectionStrategy 决定（默认 Watch，另有 Cache 和 Get）。kubelet 先写出一份新副本，再切换 ..data 符号链接，因此读取方不会看到更新到一半的文件；但应用仍需自己察觉并重新读取。',
          '两个例外：以 subPath 挂载的文件在容器启动时就固定了，永远不会更新；标记为 immutable 的对象则根本不能修改。如果应用只在启动时读取配置，挂载文件相对环境变量并无优势：两种方式都要重启。',
        ),
        misconception: {
          belief: '修改 ConfigMap 会更新正在运行的 Pod 的环境变量和 subPath 文件。',
          correction: '环境变量只在容器启动时读取一次，subPath 挂载永远不会更新。只有整卷挂载会最终更新；其余情况请重启 Pod（kubectl rollout restart）。',
        },
      },
    },
  },
};
