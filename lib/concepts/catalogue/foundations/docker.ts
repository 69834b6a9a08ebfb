/**
 * Sections 1-5 of the source sheet: what Docker is, images, containers,
 * volumes, networks, the kernel features underneath, containers vs VMs, and
 * the Docker commands with their kubectl counterparts.
 * Sources: docs.docker.com (get-started, engine/storage, engine/network) and
 * kubernetes.io (container-runtimes, cri, images, share-process-namespace).
 */
import type { ConceptEntry } from '../../types';
import type { FoundationId } from '../foundations';

type DockerId = Extract<
  FoundationId,
  | 'docker'
  | 'container-runtime'
  | 'image'
  | 'container'
  | 'docker-volume'
  | 'bind-mount'
  | 'tmpfs'
  | 'docker-network-bridge'
  | 'docker-network-host'
  | 'docker-network-none'
  | 'linux-namespaces'
  | 'cgroups'
  | 'union-fs'
  | 'container-vs-vm'
  | 'docker-commands'
>;

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

export const dockerConcepts: Record<DockerId, ConceptEntry> = {
  docker: {
    id: 'docker',
    keywords: ['Docker', 'Docker Engine', 'dockerd', 'containerd', 'runc', 'libcontainer', 'LXC', '容器', '容器引擎', '容器化', '打包'],
    docs: [
      { url: 'https://docs.docker.com/get-started/docker-overview/', label: 'Docker overview' },
      { url: 'https://kubernetes.io/docs/setup/production-environment/container-runtimes/', label: 'Container runtimes' },
    ],
    commands: [
      { docker: 'docker version', kubectl: 'kubectl get nodes -o wide', note: { en: 'The CONTAINER-RUNTIME column shows what each node really runs (usually containerd://…, not Docker).', zh: 'CONTAINER-RUNTIME 一列显示每个节点实际使用的运行时（通常是 containerd://…，而不是 Docker）。' } },
      { docker: 'docker info' },
    ],
    related: ['container-runtime', 'image', 'container', 'linux-namespaces', 'cgroups', 'union-fs', 'docker-commands'],
    text: {
      en: {
        title: 'Docker',
        summary: 'A platform to build, ship and run applications as containers: package once, run the same image anywhere.',
        body: p(
          'Docker packages an application and everything it needs (libraries, runtime, config defaults) into an image, and runs that image as an isolated process called a container. Because the image carries its own user space, the same image behaves the same on a laptop, a CI runner or a server.',
          'Docker is a client-server system: the `docker` CLI sends requests to the Docker daemon (dockerd), which pulls images from registries such as Docker Hub, manages networks and volumes, and hands container execution to containerd, which starts each container through runc. The isolation comes from Linux kernel features: namespaces limit what a process can see, cgroups limit what it can use, and a layered filesystem provides the image contents.',
          'Kubernetes does not need Docker to run containers. Its nodes talk to a CRI runtime such as containerd or CRI-O, and images built with `docker build` run there unchanged because they follow the OCI image format. The node field status.nodeInfo.containerRuntimeVersion shows which runtime a node uses.',
        ),
        misconception: {
          belief: 'Docker is built on LXC (Linux Containers).',
          correction: 'Docker used LXC only in its first year; in 2014 (Docker 0.9) it switched to its own libcontainer library, which later became runc. Today Docker Engine runs containers through containerd and runc, still using kernel namespaces and cgroups, with image layers stored by the overlay2 driver or containerd snapshotters.',
        },
      },
      zh: {
        title: 'Docker（容器平台）',
        summary: '用容器构建、分发和运行应用的平台：一次打包，同一个镜像到处运行。',
        body: p(
          'Docker 把应用及其依赖（库、运行环境、默认配置）打包成镜像，再把镜像作为一个被隔离的进程运行，这个进程就是容器。镜像自带完整的用户空间，所以同一个镜像在笔记本、CI 机器和服务器上的行为一致。',
          'Docker 采用客户端/服务端架构：`docker` 命令行把请求发给 Docker 守护进程 dockerd，由它从 Docker Hub 等镜像仓库拉取镜像、管理网络和数据卷，再把容器的实际运行交给 containerd，containerd 通过 runc 启动每个容器。隔离能力来自 Linux 内核：命名空间（namespace）限制进程能“看到”什么，cgroups 限制进程能“用掉”多少，分层文件系统提供镜像内容。',
          'Kubernetes 运行容器并不需要 Docker。节点通过 CRI 与 containerd、CRI-O 等运行时通信；用 `docker build` 构建的镜像符合 OCI 镜像规范，可以原样在这些运行时上运行。节点字段 status.nodeInfo.containerRuntimeVersion 会显示该节点使用的运行时。',
        ),
        misconception: {
          belief: 'Docker 是基于 LXC（Linux Containers）实现的。',
          correction: 'Docker 只在最初一年使用 LXC；2014 年（Docker 0.9）起改用自研的 libcontainer，后来它演变为 runc。如今 Docker Engine 通过 containerd 和 runc 运行容器，底层仍是内核命名空间和 cgroups，镜像分层由 overlay2 存储驱动或 containerd 快照器（snapshotter）管理。',
        },
      },
    },
  },

  'container-runtime': {
    id: 'container-runtime',
    keywords: ['container runtime', 'CRI', 'containerd', 'CRI-O', 'cri-dockerd', 'dockershim', 'runc', 'OCI', 'RuntimeClass', 'rkt', '容器运行时', '运行时'],
    docs: [
      { url: 'https://kubernetes.io/docs/setup/production-environment/container-runtimes/', label: 'Container runtimes' },
      { url: 'https://kubernetes.io/docs/concepts/architecture/cri/', label: 'Container Runtime Interface (CRI)' },
      { url: 'https://kubernetes.io/docs/tasks/administer-cluster/migrating-from-dockershim/', label: 'Migrating from dockershim' },
    ],
    commands: [
      { kubectl: 'kubectl get nodes -o wide', docker: 'docker info', note: { en: 'CONTAINER-RUNTIME shows e.g. containerd://2.2.1 (a 1.36 node needs containerd 2.x); `docker info` shows the runtime behind a Docker host.', zh: 'CONTAINER-RUNTIME 一列形如 containerd://2.2.1（1.36 的节点需要 containerd 2.x）；`docker info` 显示 Docker 主机背后的运行时。' } },
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.status.containerStatuses[*].containerID}'", docker: 'docker ps --no-trunc', note: { en: 'The containerID is prefixed with the runtime, e.g. containerd://3f2a…', zh: 'containerID 带有运行时前缀，例如 containerd://3f2a…' } },
    ],
    related: ['docker', 'kubelet', 'node', 'container', 'image', 'linux-namespaces', 'cgroups'],
    text: {
      en: {
        title: 'Container runtime',
        summary: 'The software on each node that actually pulls images and starts containers; Kubernetes talks to it through the CRI.',
        body: p(
          'Every node needs a container runtime. The kubelet does not start processes itself: it calls the runtime over the Container Runtime Interface (CRI), a gRPC API, to create the pod sandbox (the shared network namespace), pull images and start, stop and inspect containers.',
          'Common CRI runtimes are containerd and CRI-O. Both delegate the final step to a low-level OCI runtime, usually runc, which sets up namespaces and cgroups and executes the container process. A RuntimeClass can select a different handler per pod, for example a sandboxed runtime such as gVisor or Kata Containers.',
          'You can see the runtime in the live cluster: node.status.nodeInfo.containerRuntimeVersion (for example containerd://2.2.1; Kubernetes 1.35 was the last release to support containerd 1.x), and each containerStatuses[].containerID carries the same prefix. The kubelet and the runtime use the same cgroup driver (systemd on most modern Linux hosts): since Kubernetes 1.34 the kubelet asks the runtime for it over the CRI instead of relying on its own setting.',
        ),
        misconception: {
          belief: 'Kubernetes nodes run Docker (or rkt) as their container engine.',
          correction: 'rkt support was removed in Kubernetes 1.11 and the built-in Docker integration (dockershim) in 1.24. Nodes now run a CRI runtime such as containerd or CRI-O; Docker Engine can only be used through the external cri-dockerd adapter. Images built with Docker still work everywhere, because they are standard OCI images.',
        },
      },
      zh: {
        title: '容器运行时（Container Runtime）',
        summary: '节点上真正拉取镜像、启动容器的软件；Kubernetes 通过 CRI 接口与它通信。',
        body: p(
          '每个节点都需要容器运行时。kubelet 自己并不启动进程，而是通过容器运行时接口（CRI，一组 gRPC API）调用运行时：创建 Pod 沙箱（共享的网络命名空间）、拉取镜像，以及启动、停止和查看容器。',
          '常见的 CRI 运行时有 containerd 和 CRI-O。它们都把最后一步交给底层的 OCI 运行时（通常是 runc），由 runc 设置命名空间和 cgroups 并执行容器进程。通过 RuntimeClass 可以为某个 Pod 选择别的处理程序，例如 gVisor、Kata Containers 这类沙箱运行时。',
          '在集群里可以直接看到运行时：node.status.nodeInfo.containerRuntimeVersion（如 containerd://2.2.1；Kubernetes 1.35 是最后一个支持 containerd 1.x 的版本），每个 containerStatuses[].containerID 也带有同样的前缀。kubelet 与运行时使用相同的 cgroup 驱动（现代 Linux 主机上一般是 systemd）：自 Kubernetes 1.34 起，kubelet 通过 CRI 向运行时询问该驱动，而不再依赖自己的配置。',
        ),
        misconception: {
          belief: 'Kubernetes 节点用 Docker（或 rkt）作为容器引擎。',
          correction: 'Kubernetes 1.11 移除了 rkt 支持，1.24 移除了内置的 Docker 集成（dockershim）。现在节点运行的是 containerd、CRI-O 等 CRI 运行时；Docker Engine 只能通过外部适配器 cri-dockerd 接入。用 Docker 构建的镜像依然可以到处运行，因为它们是标准的 OCI 镜像。',
        },
      },
    },
  },

  image: {
    id: 'image',
    keywords: ['image', 'container image', 'layer', 'tag', 'digest', 'registry', 'Docker Hub', 'imageID', 'Dockerfile', 'OCI', '镜像', '容器镜像', '镜像仓库', '镜像层', '标签'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/containers/images/', label: 'Images' },
      { url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-an-image/', label: 'What is an image?' },
    ],
    commands: [
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.containers[*].image}'", docker: 'docker image ls' },
      { kubectl: 'kubectl describe pod <pod>', docker: 'docker image inspect <image>', note: { en: 'describe shows both Image (what you asked for) and Image ID (the digest actually run).', zh: 'describe 会同时显示 Image（你指定的镜像）和 Image ID（实际运行的摘要）。' } },
      { kubectl: "kubectl get node <node> -o jsonpath='{.status.images[*].names}'", docker: 'docker images', note: { en: 'node.status.images lists images already cached on that node.', zh: 'node.status.images 列出该节点上已缓存的镜像。' } },
    ],
    related: ['container', 'union-fs', 'image-pull-policy', 'docker', 'container-runtime', 'reason-err-image-pull', 'reason-image-pull-backoff'],
    text: {
      en: {
        title: 'Image',
        summary: 'A read-only, layered template holding a filesystem and run settings; containers are started from it.',
        body: p(
          'A container image bundles an application with its files, libraries and default settings (command, environment, exposed ports). It is read-only and made of layers: each Dockerfile instruction that changes files adds a layer, and layers are shared between images that have the same base.',
          'Images live in registries and are named registry/repository:tag, for example docker.io/library/nginx:1.27. A tag is a movable label; a digest (sha256:…) identifies exact content and never changes. For repeatable deployments, pin a specific tag or a digest rather than latest.',
          'In a Pod, containers[].image says what to run and status.containerStatuses[].imageID records the digest the node actually pulled. Pull failures show up as ErrImagePull and ImagePullBackOff; whether a node pulls again is decided by imagePullPolicy.',
        ),
      },
      zh: {
        title: '镜像（Image）',
        summary: '只读、分层的模板，包含文件系统和运行配置；容器由镜像启动。',
        body: p(
          '容器镜像把应用连同其文件、库和默认配置（启动命令、环境变量、暴露端口等）打包在一起。镜像是只读的，由多个层组成：Dockerfile 中每条修改文件的指令都会新增一层，基础相同的镜像之间可以共享这些层。',
          '镜像存放在镜像仓库中，名称格式为 仓库地址/仓库名:标签，例如 docker.io/library/nginx:1.27。标签（tag）可以被移动到别的内容上；摘要（digest，sha256:…）唯一标识确切内容，永不改变。想要可重复的部署，应固定具体的标签或摘要，而不是用 latest。',
          '在 Pod 中，containers[].image 指定要运行的镜像，status.containerStatuses[].imageID 记录节点实际拉取到的摘要。拉取失败会表现为 ErrImagePull 和 ImagePullBackOff；节点是否重新拉取由 imagePullPolicy（镜像拉取策略）决定。',
        ),
      },
    },
  },

  container: {
    id: 'container',
    keywords: ['container', 'containerStatuses', 'writable layer', 'process', 'restartCount', '容器', '容器实例', '进程'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/containers/', label: 'Containers' },
      { url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/', label: 'What is a container?' },
    ],
    commands: [
      { kubectl: 'kubectl get pods', docker: 'docker ps' },
      { kubectl: 'kubectl logs <pod> -c <container>', docker: 'docker logs <container>' },
      { kubectl: 'kubectl exec -it <pod> -c <container> -- sh', docker: 'docker exec -it <container> sh' },
      { kubectl: 'kubectl describe pod <pod>', docker: 'docker inspect <container>' },
    ],
    related: ['image', 'pod', 'container-states', 'linux-namespaces', 'cgroups', 'union-fs', 'container-vs-vm', 'restart-policy'],
    text: {
      en: {
        title: 'Container',
        summary: 'A running instance of an image: an isolated process with its own filesystem view, network and resource limits.',
        body: p(
          'A container is what you get when a runtime starts an image: one or more processes isolated from the rest of the host with kernel namespaces, limited with cgroups, and given the image layers plus a thin writable layer as their filesystem. Anything written to that writable layer is lost when the container is removed.',
          'Containers are meant to be disposable and immutable: to change the software you build a new image and replace the container, instead of patching a running one. State that must survive goes into volumes.',
          'In Kubernetes a container always runs inside a Pod. When a container exits, the kubelet may restart it according to the Pod\'s restartPolicy; the restart starts a fresh container from the same image (so the writable layer is empty again) and increments restartCount in status.containerStatuses[].',
        ),
      },
      zh: {
        title: '容器（Container）',
        summary: '镜像的运行实例：一个拥有独立文件系统视图、网络和资源限制的隔离进程。',
        body: p(
          '运行时启动一个镜像，得到的就是容器：一个或多个进程，通过内核命名空间与宿主机其余部分隔离，通过 cgroups 限制资源，并以镜像各层加上一层很薄的可写层作为文件系统。写入可写层的内容会在容器被删除时丢失。',
          '容器应当是可丢弃、不可变的：要更新软件，就构建新镜像并替换容器，而不是修补正在运行的容器。需要保留的状态应放在数据卷里。',
          '在 Kubernetes 中，容器总是运行在 Pod 里。容器退出后，kubelet 会按 Pod 的 restartPolicy 决定是否重启；重启会用同一个镜像创建一个全新的容器（可写层因此被清空），并使 status.containerStatuses[] 中的 restartCount 加一。',
        ),
      },
    },
  },

  'docker-volume': {
    id: 'docker-volume',
    keywords: ['volume', 'docker volume', 'named volume', 'anonymous volume', 'volume driver', '数据卷', '卷', '挂载', '命名卷', '持久化'],
    docs: [
      { url: 'https://docs.docker.com/engine/storage/volumes/', label: 'Volumes' },
      { url: 'https://docs.docker.com/engine/storage/', label: 'Storage' },
      { url: 'https://kubernetes.io/docs/concepts/storage/volumes/', label: 'Kubernetes volumes' },
    ],
    commands: [
      { kubectl: 'kubectl get pvc', docker: 'docker volume ls', note: { en: 'The closest Kubernetes match to a named volume is a PersistentVolumeClaim.', zh: 'Kubernetes 中最接近命名卷的是 PersistentVolumeClaim。' } },
      { kubectl: 'kubectl describe pvc <claim>', docker: 'docker volume inspect <volume>' },
      { docker: 'docker run -v data:/var/lib/data <image>' },
    ],
    related: ['bind-mount', 'tmpfs', 'emptydir', 'pvc', 'persistent-volume', 'storage-class'],
    text: {
      en: {
        title: 'Docker volume',
        summary: 'Storage that Docker creates and manages outside the container\'s writable layer, so data outlives the container.',
        body: p(
          'A volume is a directory managed by Docker (on Linux under /var/lib/docker/volumes) and mounted into a container with `-v name:/path` or `--mount type=volume,…`. Unlike the writable layer it is not deleted with the container, and several containers can mount the same volume.',
          'Named volumes are reused by name; anonymous volumes get a random name and are removed together with a container started with `--rm`. Volume drivers let a volume live on remote or cloud storage instead of the local disk.',
          'Kubernetes splits these ideas into different volume types. Scratch space shared by a Pod\'s containers is an emptyDir; storage that outlives Pods is a PersistentVolumeClaim bound to a PersistentVolume, with a StorageClass playing the role of the volume driver.',
        ),
        misconception: {
          belief: 'A Kubernetes emptyDir is the same thing as a Docker volume.',
          correction: 'A Docker named volume outlives the container that used it. An emptyDir lives exactly as long as its Pod on that node: it survives container restarts but is deleted when the Pod is removed. For data that must outlive the Pod, use a PersistentVolumeClaim.',
        },
      },
      zh: {
        title: 'Docker 数据卷（Volume）',
        summary: '由 Docker 在容器可写层之外创建和管理的存储，数据可以比容器活得更久。',
        body: p(
          '数据卷是由 Docker 管理的目录（Linux 上位于 /var/lib/docker/volumes 下），通过 `-v 卷名:/路径` 或 `--mount type=volume,…` 挂载进容器。与可写层不同，删除容器时数据卷不会被删除，多个容器也可以挂载同一个卷。',
          '命名卷可以按名字复用；匿名卷会得到一个随机名字，若容器以 `--rm` 启动，匿名卷会随容器一起删除。借助卷驱动（volume driver），数据卷可以放在远程或云存储上，而不只是本地磁盘。',
          'Kubernetes 把这些用途拆成了不同的卷类型：Pod 内各容器共享的临时空间是 emptyDir；比 Pod 更长寿的存储是绑定到 PersistentVolume（持久卷）的 PersistentVolumeClaim（持久卷申领），StorageClass 则相当于卷驱动。',
        ),
        misconception: {
          belief: 'Kubernetes 的 emptyDir 就等同于 Docker 数据卷。',
          correction: 'Docker 命名卷会在使用它的容器删除后继续存在；emptyDir 的生命周期与它所在节点上的 Pod 完全一致：容器重启时数据还在，Pod 被删除时随之删除。需要比 Pod 更长寿的数据，请使用 PersistentVolumeClaim。',
        },
      },
    },
  },

  'bind-mount': {
    id: 'bind-mount',
    keywords: ['bind mount', 'mount', '-v', '--mount type=bind', 'host path', '挂载', '绑定挂载', '目录挂载', '宿主机目录'],
    docs: [
      { url: 'https://docs.docker.com/engine/storage/bind-mounts/', label: 'Bind mounts' },
      { url: 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath', label: 'hostPath volumes' },
    ],
    commands: [
      { docker: 'docker run --mount type=bind,src=/srv/config,dst=/etc/app,readonly <image>', note: { en: 'The Kubernetes counterpart is a hostPath volume in the Pod spec.', zh: '对应 Kubernetes Pod 规约中的 hostPath 卷。' } },
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.volumes}'", docker: "docker inspect --format '{{json .Mounts}}' <container>" },
    ],
    related: ['hostpath', 'docker-volume', 'tmpfs', 'union-fs'],
    text: {
      en: {
        title: 'Bind mount',
        summary: 'Mounts an existing file or directory of the host into a container, so both see the same files.',
        body: p(
          'A bind mount maps a path on the host directly into the container. Changes on either side are visible to the other at once, which makes bind mounts handy for source code during development or for a config file, and can be made read-only.',
          'Unlike a volume, Docker does not manage the data: the container depends on the host\'s directory layout, and a process in the container may modify or delete host files. With `--mount` the host path must already exist; the older `-v` syntax creates a missing directory.',
          'The Kubernetes equivalent is a hostPath volume. It ties the Pod to whatever is on that particular node and exposes the node\'s filesystem, so it is reserved for node-level agents rather than ordinary applications.',
        ),
      },
      zh: {
        title: '绑定挂载（Bind Mount）',
        summary: '把宿主机上已有的文件或目录直接挂载进容器，双方看到的是同一份文件。',
        body: p(
          '绑定挂载把宿主机上的一个路径直接映射到容器内。任何一方的修改另一方都能立刻看到，所以常用于开发时挂载源代码或挂载单个配置文件，也可以设置为只读。',
          '与数据卷不同，这部分数据不归 Docker 管理：容器依赖宿主机的目录结构，容器内的进程还可能修改或删除宿主机文件。使用 `--mount` 时宿主机路径必须已存在；旧的 `-v` 语法会自动创建缺失的目录。',
          '在 Kubernetes 中对应的是 hostPath 卷。它让 Pod 依赖于某个特定节点上的内容，并暴露节点的文件系统，因此通常只留给节点级的代理程序使用，不适合普通应用。',
        ),
      },
    },
  },

  tmpfs: {
    id: 'tmpfs',
    keywords: ['tmpfs', 'in-memory', 'memory-backed', 'medium: Memory', '内存文件系统', '内存挂载', '临时文件系统', '挂载'],
    docs: [
      { url: 'https://docs.docker.com/engine/storage/tmpfs/', label: 'tmpfs mounts' },
      { url: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir', label: 'emptyDir (medium: Memory)' },
    ],
    commands: [
      { docker: 'docker run --tmpfs /cache <image>', note: { en: 'In Kubernetes use an emptyDir with medium: Memory.', zh: '在 Kubernetes 中使用 medium: Memory 的 emptyDir。' } },
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.volumes[?(@.emptyDir.medium==\"Memory\")]}'" },
    ],
    related: ['emptydir', 'docker-volume', 'bind-mount', 'resources', 'reason-oom-killed'],
    text: {
      en: {
        title: 'tmpfs mount',
        summary: 'A mount kept only in memory: fast, never written to disk, and gone when the container stops.',
        body: p(
          'A tmpfs mount stores files in the host\'s memory instead of on disk. Nothing is persisted, which suits temporary files or sensitive data that should never touch the disk. In Docker it is available on Linux hosts, cannot be shared between containers, and disappears when the container stops.',
          'Kubernetes offers the same thing as an emptyDir volume with medium: Memory. Files written there count toward the memory usage of the container, so a large in-memory volume can push the container over its memory limit and get it OOMKilled; sizeLimit caps the volume\'s size.',
        ),
      },
      zh: {
        title: 'tmpfs 挂载（内存文件系统）',
        summary: '只存在于内存中的挂载：速度快、从不落盘，容器停止后即消失。',
        body: p(
          'tmpfs 挂载把文件存放在宿主机内存里而不是磁盘上，不做任何持久化，适合临时文件或不应写入磁盘的敏感数据。在 Docker 中它仅适用于 Linux 宿主机，不能在容器之间共享，容器停止后就会消失。',
          'Kubernetes 中对应的是 medium: Memory 的 emptyDir 卷。写入其中的文件会计入容器的内存用量，因此内存卷写得太多可能使容器超出内存限制而被 OOMKilled；可以用 sizeLimit 限制卷的大小。',
        ),
      },
    },
  },

  'docker-network-bridge': {
    id: 'docker-network-bridge',
    keywords: ['bridge', 'docker0', 'veth', 'veth pair', 'NAT', 'port publishing', '-p', '网桥', '桥接', '网桥模式', '网络命名空间', '端口映射'],
    docs: [
      { url: 'https://docs.docker.com/engine/network/drivers/bridge/', label: 'Bridge network driver' },
      { url: 'https://docs.docker.com/engine/network/', label: 'Networking overview' },
      { url: 'https://kubernetes.io/docs/concepts/services-networking/', label: 'Kubernetes networking model' },
    ],
    commands: [
      { kubectl: 'kubectl get pods -o wide', docker: 'docker network inspect bridge', note: { en: 'In Kubernetes every Pod (not every container) gets its own IP, shown in the IP column.', zh: '在 Kubernetes 中，是每个 Pod（而不是每个容器）获得一个自己的 IP，见 IP 一列。' } },
      { docker: 'docker network ls' },
    ],
    related: ['docker-network-host', 'docker-network-none', 'linux-namespaces', 'pod', 'host-network', 'service-type-node-port'],
    text: {
      en: {
        title: 'Bridge network',
        summary: 'Docker\'s default network: each container gets its own network namespace and private IP, wired to a host bridge through a veth pair.',
        body: p(
          'With the bridge driver, Docker gives each container its own network namespace. A veth pair acts like a virtual cable: one end appears inside the container as eth0, the other is attached to a bridge on the host (docker0 for the default network). Containers on the same bridge can reach each other; outgoing traffic leaves through NAT on the host.',
          'To reach a container from outside, you publish a port (`-p 8080:80`), which maps a host port to the container port. User-defined bridge networks also give containers DNS names for each other; the default bridge does not.',
          'In Kubernetes the network namespace belongs to the Pod, not to each container: a CNI plugin gives every Pod its own IP (many plugins also use veth pairs), and all containers in the Pod share it. Pods can reach each other across nodes without NAT, and Services take the place of published ports.',
        ),
      },
      zh: {
        title: 'bridge 网络（网桥模式）',
        summary: 'Docker 的默认网络：每个容器有独立的网络命名空间和私有 IP，通过 veth 对连到宿主机网桥上。',
        body: p(
          '使用 bridge 驱动时，Docker 为每个容器创建独立的网络命名空间。veth 对就像一根虚拟网线：一端在容器内显示为 eth0，另一端接在宿主机的网桥上（默认网络使用 docker0）。同一网桥上的容器可以互相访问，出站流量经宿主机 NAT 转发出去。',
          '要从外部访问容器，需要发布端口（`-p 8080:80`），把宿主机端口映射到容器端口。用户自定义的 bridge 网络还能让容器之间通过名字（DNS）互相访问，默认网桥则不行。',
          '在 Kubernetes 中，网络命名空间属于 Pod 而不是单个容器：CNI 插件为每个 Pod 分配独立 IP（很多插件同样使用 veth 对），Pod 内所有容器共享这个 IP。Pod 之间跨节点通信无需 NAT，Service 则取代了端口发布的作用。',
        ),
      },
    },
  },

  'docker-network-host': {
    id: 'docker-network-host',
    keywords: ['host network', '--network host', 'hostNetwork', '主机网络', 'host 模式', '网络命名空间'],
    docs: [
      { url: 'https://docs.docker.com/engine/network/drivers/host/', label: 'Host network driver' },
      { url: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/', label: 'Pod Security Standards (host namespaces)' },
    ],
    commands: [
      { docker: 'docker run --network host <image>', note: { en: 'The Kubernetes counterpart is spec.hostNetwork: true on the Pod.', zh: '对应 Kubernetes Pod 的 spec.hostNetwork: true。' } },
      { kubectl: 'kubectl get pods -A -o wide', note: { en: 'Host-network Pods show the node\'s IP as their own IP.', zh: '使用主机网络的 Pod，其 IP 就是节点的 IP。' } },
    ],
    related: ['host-network', 'docker-network-bridge', 'docker-network-none', 'linux-namespaces'],
    text: {
      en: {
        title: 'Host network',
        summary: 'The container shares the host\'s network stack: no own IP, no port mapping, no network isolation.',
        body: p(
          'With `--network host` Docker does not create a network namespace for the container. The process binds ports directly on the host\'s interfaces, so published ports (`-p`) are ignored and two containers cannot both listen on the same port.',
          'This removes NAT overhead and lets a container see all host interfaces, at the price of isolation. In Kubernetes the same mode is spec.hostNetwork: true, used by node agents such as kube-proxy, CNI plugins and control-plane static Pods.',
        ),
      },
      zh: {
        title: 'host 网络（主机网络模式）',
        summary: '容器直接使用宿主机的网络栈：没有自己的 IP，不做端口映射，也没有网络隔离。',
        body: p(
          '使用 `--network host` 时，Docker 不会为容器创建网络命名空间。进程直接在宿主机网卡上监听端口，因此发布端口（`-p`）的设置会被忽略，两个容器也不能监听同一个端口。',
          '这种模式省去了 NAT 开销，容器能看到宿主机的所有网卡，但代价是失去隔离。在 Kubernetes 中对应 spec.hostNetwork: true，kube-proxy、CNI 插件和控制平面的静态 Pod 等节点组件都这样运行。',
        ),
      },
    },
  },

  'docker-network-none': {
    id: 'docker-network-none',
    keywords: ['none network', '--network none', 'loopback', 'no network', '无网络', 'none 模式', '网络隔离', '网络命名空间'],
    docs: [
      { url: 'https://docs.docker.com/engine/network/drivers/none/', label: 'None network driver' },
      { url: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/', label: 'Network Policies' },
    ],
    commands: [
      { docker: 'docker run --network none <image>', note: { en: 'Kubernetes has no such Pod mode; a deny-all NetworkPolicy is the usual way to cut a Pod off.', zh: 'Kubernetes 没有对应的 Pod 模式；通常用“全部拒绝”的 NetworkPolicy 来隔离 Pod。' } },
      { kubectl: 'kubectl get networkpolicies' },
    ],
    related: ['docker-network-bridge', 'docker-network-host', 'linux-namespaces', 'pod'],
    text: {
      en: {
        title: 'None network',
        summary: 'The container gets its own network namespace with only a loopback interface: no network access at all.',
        body: p(
          'With `--network none` Docker creates a network namespace for the container but attaches nothing to it except the loopback device. The container cannot reach other containers, the host or the internet, which suits batch jobs that must not talk to anything.',
          'Kubernetes has no equivalent Pod setting: every Pod gets a network namespace with an IP from the CNI plugin. To isolate Pods you use NetworkPolicy (with a network plugin that enforces it), for example a policy that denies all ingress and egress.',
        ),
      },
      zh: {
        title: 'none 网络（无网络模式）',
        summary: '容器有自己的网络命名空间，但只有回环接口，完全无法联网。',
        body: p(
          '使用 `--network none` 时，Docker 为容器创建网络命名空间，但除了回环设备（lo）外不接入任何网络。容器无法访问其他容器、宿主机或互联网，适合必须与外界完全隔离的批处理任务。',
          'Kubernetes 没有对应的 Pod 设置：每个 Pod 都有网络命名空间，并由 CNI 插件分配 IP。要隔离 Pod，需要使用 NetworkPolicy（并且网络插件支持执行它），例如一条拒绝全部入站和出站流量的策略。',
        ),
      },
    },
  },

  'linux-namespaces': {
    id: 'linux-namespaces',
    keywords: ['namespaces', 'Linux namespace', 'PID namespace', 'network namespace', 'mount namespace', 'UTS', 'IPC', 'user namespace', 'shareProcessNamespace', 'hostUsers', 'isolation', '资源隔离', '隔离', '网络命名空间', 'Linux 命名空间', '进程隔离'],
    docs: [
      { url: 'https://docs.docker.com/engine/security/', label: 'Docker security (kernel namespaces)' },
      { url: 'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/', label: 'Share process namespace between containers in a Pod' },
      { url: 'https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/', label: 'User namespaces' },
    ],
    commands: [
      { kubectl: 'kubectl exec <pod> -c <container> -- ps aux', docker: 'docker top <container>', note: { en: 'Without shareProcessNamespace each container sees only its own processes.', zh: '未设置 shareProcessNamespace 时，每个容器只能看到自己的进程。' } },
      { kubectl: "kubectl get pod <pod> -o jsonpath='{.spec.shareProcessNamespace}'" },
    ],
    related: ['cgroups', 'container', 'pod', 'docker-network-bridge', 'host-network', 'container-vs-vm'],
    text: {
      en: {
        title: 'Linux namespaces',
        summary: 'The kernel feature that gives a container its own isolated view of processes, network, mounts, hostname and users.',
        body: p(
          'A namespace wraps a global kernel resource so that processes inside see their own copy. The main kinds are PID (process IDs), network (interfaces, IPs, ports, routes), mount (the filesystem tree), UTS (hostname), IPC (shared memory, message queues), user (UID/GID mapping) and cgroup. A container is essentially a process started in a fresh set of these namespaces.',
          'Namespaces isolate what a process can see; they do not limit how much CPU or memory it uses. That is the job of cgroups, and the two together make a container.',
          'A Kubernetes Pod groups containers by sharing some namespaces: all containers in a Pod share the network namespace (one IP, talk over localhost), plus IPC and UTS. The PID namespace is shared only with spec.shareProcessNamespace: true, and each container keeps its own mount namespace, sharing files through volumes. spec.hostNetwork, hostPID and hostIPC put a Pod in the node\'s namespaces instead; spec.hostUsers: false gives it its own user namespace.',
        ),
        misconception: {
          belief: 'Containers in a Pod share the PID, IPC, network and UTS namespaces.',
          correction: 'Network, IPC and UTS are shared. The PID namespace is shared only when spec.shareProcessNamespace is true, and the mount namespace is never shared: containers exchange files through volumes.',
        },
      },
      zh: {
        title: 'Linux 命名空间（资源隔离）',
        summary: '内核功能，为容器提供独立的进程、网络、挂载点、主机名和用户视图。',
        body: p(
          '命名空间把一种全局内核资源包装起来，让其中的进程看到自己独有的一份。主要类型有 PID（进程号）、网络（网卡、IP、端口、路由）、挂载（mount，文件系统目录树）、UTS（主机名）、IPC（共享内存、消息队列）、用户（UID/GID 映射）和 cgroup。所谓容器，本质上就是在一组新的命名空间中启动的进程。',
          '命名空间负责隔离进程“能看到什么”，并不限制它能用多少 CPU 或内存——那是 cgroups 的工作。两者结合才构成容器。',
          'Kubernetes 的 Pod 通过共享部分命名空间把容器组织在一起：Pod 内所有容器共享网络命名空间（同一个 IP，可通过 localhost 通信），以及 IPC 和 UTS。只有设置 spec.shareProcessNamespace: true 时才共享 PID 命名空间；挂载命名空间始终各自独立，文件通过卷来共享。spec.hostNetwork、hostPID、hostIPC 会让 Pod 直接使用节点的命名空间；spec.hostUsers: false 则为 Pod 启用独立的用户命名空间。',
        ),
        misconception: {
          belief: '同一 Pod 中的容器共享 PID、IPC、网络和 UTS 命名空间。',
          correction: '共享的是网络、IPC 和 UTS。PID 命名空间只有在 spec.shareProcessNamespace 为 true 时才共享；挂载命名空间从不共享，容器之间通过卷交换文件。',
        },
      },
    },
  },

  cgroups: {
    id: 'cgroups',
    keywords: ['cgroups', 'control groups', 'cgroup v2', 'cgroup v1', 'failCgroupV1', 'cpu.weight', 'cpu.max', 'memory.max', 'limits', 'CPU throttling', 'memory limit', 'OOM', 'cgroup driver', '资源限制', '控制组', '资源配额'],
    docs: [
      { url: 'https://kubernetes.io/docs/concepts/architecture/cgroups/', label: 'About cgroup v2' },
      { url: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', label: 'Resource management for Pods and containers' },
      { url: 'https://docs.docker.com/engine/containers/resource_constraints/', label: 'Docker resource constraints' },
    ],
    commands: [
      { kubectl: 'kubectl top pod <pod> --containers', docker: 'docker stats', note: { en: 'kubectl top needs metrics-server in the cluster.', zh: 'kubectl top 需要集群中安装了 metrics-server。' } },
      { kubectl: 'kubectl set resources deployment <name> --limits=cpu=500m,memory=256Mi', docker: 'docker run --cpus 0.5 --memory 256m <image>' },
    ],
    related: ['linux-namespaces', 'resources', 'qos-class', 'reason-oom-killed', 'kubelet', 'container-runtime'],
    text: {
      en: {
        title: 'cgroups (control groups)',
        summary: 'The kernel feature that limits and accounts for the CPU, memory, I/O and process count a group of processes can use.',
        body: p(
          'Control groups put processes into a hierarchy and apply resource controls to each group: CPU weights and quotas, memory limits, block I/O and the number of PIDs. The kernel also reports how much each group uses, which is where `docker stats` and the kubelet\'s metrics come from.',
          'In Kubernetes, a container\'s resources.requests and resources.limits become cgroup settings, applied by the kubelet and the container runtime: on cgroup v2 the CPU request becomes cpu.weight, the CPU limit cpu.max (quota and period) and the memory limit memory.max. Exceeding the memory limit gets the container killed by the kernel (reason OOMKilled, exit code 137); exceeding the CPU limit only throttles it. The Pod\'s QoS class (Guaranteed, Burstable, BestEffort) follows from these values.',
          'Nodes use cgroup v2, a single unified hierarchy. cgroup v1 is deprecated since Kubernetes 1.35, and from that release the kubelet refuses to start on a cgroup v1 host unless its configuration sets failCgroupV1: false. The kubelet and the runtime use the same cgroup driver, normally systemd; since 1.34 the kubelet reads it from the runtime over the CRI.',
        ),
      },
      zh: {
        title: 'cgroups（控制组，资源限制）',
        summary: '内核功能，用于限制和统计一组进程可使用的 CPU、内存、I/O 和进程数。',
        body: p(
          '控制组把进程组织成层级结构，并对每个组施加资源控制：CPU 权重与配额、内存上限、块设备 I/O 以及 PID 数量。内核同时统计每个组的用量，`docker stats` 和 kubelet 的指标都来源于此。',
          '在 Kubernetes 中，容器的 resources.requests 和 resources.limits 会被 kubelet 和容器运行时转换成 cgroup 设置：在 cgroup v2 上，CPU 请求变为 cpu.weight，CPU 限制变为 cpu.max（配额与周期），内存限制变为 memory.max。内存超过上限时容器会被内核杀掉（原因 OOMKilled，退出码 137）；CPU 超过上限只会被限流（throttle），不会被杀。Pod 的 QoS 类（Guaranteed、Burstable、BestEffort）也由这些值决定。',
          '节点使用 cgroup v2，即统一的单一层级。cgroup v1 自 Kubernetes 1.35 起被弃用；从该版本开始，除非配置中设置 failCgroupV1: false，kubelet 会拒绝在 cgroup v1 主机上启动。kubelet 与容器运行时使用相同的 cgroup 驱动，通常是 systemd；自 1.34 起，kubelet 通过 CRI 从运行时读取该驱动。',
        ),
      },
    },
  },

  'union-fs': {
    id: 'union-fs',
    keywords: ['union filesystem', 'UnionFS', 'overlayfs', 'overlay2', 'copy-on-write', 'layers', 'snapshotter', 'storage driver', '联合文件系统', '分层', '写时复制', '镜像层', '存储驱动'],
    docs: [
      { url: 'https://docs.docker.com/engine/storage/drivers/', label: 'Storage drivers' },
      { url: 'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/', label: 'OverlayFS storage driver' },
      { url: 'https://docs.docker.com/get-started/docker-concepts/building-images/understanding-image-layers/', label: 'Understanding image layers' },
    ],
    commands: [
      { docker: 'docker history <image>', note: { en: 'Lists an image\'s layers and the instruction that created each; kubectl has no equivalent because images are built outside the cluster.', zh: '列出镜像的各层及生成每层的指令；kubectl 没有对应命令，因为镜像在集群外构建。' } },
      { docker: "docker info --format '{{.Driver}}'" },
      { kubectl: 'kubectl describe node <node>', note: { en: 'Capacity and Allocatable include ephemeral-storage, where container writable layers live.', zh: 'Capacity 与 Allocatable 中的 ephemeral-storage，就是容器可写层所占用的空间。' } },
    ],
    related: ['image', 'container', 'docker-volume', 'emptydir'],
    text: {
      en: {
        title: 'Union filesystem (layers)',
        summary: 'Stacks read-only image layers and a writable container layer into one view, using copy-on-write.',
        body: p(
          'An image is a stack of read-only layers. When a container starts, the storage driver adds a thin writable layer on top and presents all of them as a single directory tree; this union is what the container sees as its root filesystem. On Linux the usual implementation is OverlayFS, through Docker\'s overlay2 driver or a containerd snapshotter.',
          'Writes use copy-on-write: changing a file that comes from a lower layer first copies it up into the writable layer; deleting one records a "whiteout" that hides it. Because layers are shared, ten containers from the same image use the image\'s disk space only once, and pulls skip layers the node already has.',
          'The writable layer disappears with the container, including when Kubernetes restarts a container. Its size counts toward the Pod\'s ephemeral-storage, so write-heavy data belongs in a volume.',
        ),
      },
      zh: {
        title: '联合文件系统（Union FS）',
        summary: '以写时复制的方式，把只读的镜像层和可写的容器层叠成一个统一视图。',
        body: p(
          '镜像由若干只读层堆叠而成。容器启动时，存储驱动在最上面加一层很薄的可写层，并把所有层合并成一棵目录树呈现出来，这就是容器看到的根文件系统。Linux 上通常由 OverlayFS 实现，即 Docker 的 overlay2 驱动或 containerd 的快照器（snapshotter）。',
          '写操作采用写时复制（copy-on-write）：修改来自下层的文件时，先把它复制到可写层再修改；删除文件则记录一个“whiteout”标记将其遮住。由于层可以共享，同一镜像启动的十个容器只占用一份镜像空间，拉取镜像时节点已有的层也会被跳过。',
          '可写层会随容器一起消失，Kubernetes 重启容器时也是如此。它的大小计入 Pod 的 ephemeral-storage（临时存储），所以频繁写入的数据应放到卷里。',
        ),
      },
    },
  },

  'container-vs-vm': {
    id: 'container-vs-vm',
    keywords: ['virtual machine', 'VM', 'hypervisor', 'kernel', 'guest OS', 'kernelVersion', 'gVisor', 'Kata Containers', '虚拟机', '容器与虚拟机', '内核', '共享内核', '虚拟化'],
    docs: [
      { url: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/', label: 'What is a container? (containers versus VMs)' },
      { url: 'https://kubernetes.io/docs/concepts/overview/', label: 'Kubernetes overview (deployment eras)' },
    ],
    commands: [
      { kubectl: 'kubectl get nodes -o wide', docker: 'docker info', note: { en: 'KERNEL-VERSION and OS-IMAGE show the kernel every Pod on that node shares.', zh: 'KERNEL-VERSION 与 OS-IMAGE 两列显示该节点上所有 Pod 共用的内核。' } },
      { kubectl: 'kubectl exec <pod> -- uname -r', docker: 'docker exec <container> uname -r', note: { en: 'Prints the host\'s kernel version, not one belonging to the container.', zh: '打印的是宿主机的内核版本，容器并没有自己的内核。' } },
    ],
    related: ['container', 'linux-namespaces', 'cgroups', 'node', 'container-runtime'],
    text: {
      en: {
        title: 'Containers vs virtual machines',
        summary: 'Containers share the host\'s kernel; a virtual machine runs a whole guest operating system on virtual hardware.',
        body: p(
          'A virtual machine emulates hardware through a hypervisor and boots its own guest kernel and operating system. A container is an isolated group of processes on the host\'s kernel, so it carries only the application and its user-space files.',
          'That makes containers far smaller and faster to start (milliseconds to seconds instead of minutes), and lets many more run on one machine. The trade-off is isolation: all containers on a host depend on one kernel, so a kernel flaw affects them all, and a Linux container needs a Linux kernel (Docker Desktop on macOS and Windows runs a small Linux VM for this).',
          'The two are usually combined: Kubernetes nodes are often VMs, and every Pod on a node shares that node\'s kernel (node.status.nodeInfo.kernelVersion). Sandboxed runtimes such as gVisor or Kata Containers, chosen with a RuntimeClass, add VM-like isolation when needed.',
        ),
      },
      zh: {
        title: '容器与虚拟机',
        summary: '容器共享宿主机内核；虚拟机则在虚拟硬件上运行一整套客户机操作系统。',
        body: p(
          '虚拟机通过虚拟机监控器（hypervisor）模拟硬件，并启动自己的客户机内核和操作系统。容器则是运行在宿主机内核上的一组被隔离的进程，只携带应用及其用户空间文件。',
          '因此容器体积小得多、启动快得多（毫秒到秒级，而不是分钟级），同一台机器能运行的数量也多得多。代价在于隔离性：同一主机上的所有容器依赖同一个内核，内核漏洞会影响全部容器；而且 Linux 容器必须运行在 Linux 内核上（macOS 和 Windows 上的 Docker Desktop 为此运行了一个小型 Linux 虚拟机）。',
          '两者通常结合使用：Kubernetes 节点往往就是虚拟机，节点上的所有 Pod 共享该节点的内核（node.status.nodeInfo.kernelVersion）。需要更强隔离时，可以通过 RuntimeClass 选用 gVisor、Kata Containers 等沙箱运行时。',
        ),
      },
    },
  },

  'docker-commands': {
    id: 'docker-commands',
    keywords: ['docker run', 'docker ps', 'docker logs', 'docker exec', 'docker inspect', 'docker top', 'docker build', 'docker pull', 'docker push', 'docker images', 'docker rmi', 'docker tag', 'docker history', 'docker stop', 'docker kill', 'docker pause', 'Docker 命令', '常用命令', '命令对照'],
    docs: [
      { url: 'https://kubernetes.io/docs/reference/kubectl/docker-cli-to-kubectl/', label: 'kubectl for Docker users' },
      { url: 'https://docs.docker.com/reference/cli/docker/', label: 'Docker CLI reference' },
    ],
    commands: [
      { docker: 'docker run -d --name web nginx', kubectl: 'kubectl create deployment web --image=nginx', note: { en: '`kubectl run web --image=nginx` creates a single bare Pod instead.', zh: '`kubectl run web --image=nginx` 只会创建一个单独的 Pod。' } },
      { docker: 'docker ps', kubectl: 'kubectl get pods' },
      { docker: 'docker logs -f <container>', kubectl: 'kubectl logs -f <pod>', note: { en: 'Add --previous to see the log of the last crashed container.', zh: '加 --previous 可查看上一次崩溃的容器的日志。' } },
      { docker: 'docker exec -it <container> sh', kubectl: 'kubectl exec -it <pod> -- sh' },
      { docker: 'docker inspect <container>', kubectl: 'kubectl describe pod <pod>', note: { en: 'kubectl get pod <pod> -o yaml shows the full object.', zh: 'kubectl get pod <pod> -o yaml 可查看完整对象。' } },
      { docker: 'docker top <container>', kubectl: 'kubectl top pod <pod>', note: { en: 'kubectl top needs metrics-server and shows CPU/memory usage (like docker stats); to list processes use kubectl exec <pod> -- ps.', zh: 'kubectl top 需要 metrics-server，显示的是 CPU/内存用量（类似 docker stats）；要列出进程请用 kubectl exec <pod> -- ps。' } },
      { docker: 'docker stop <container> && docker rm <container>', kubectl: 'kubectl delete pod <pod>', note: { en: 'Deletion sends SIGTERM, then SIGKILL after the grace period; a controller such as a ReplicaSet creates a replacement Pod.', zh: '删除会先发送 SIGTERM，宽限期后再发送 SIGKILL；若 Pod 由 ReplicaSet 等控制器管理，会自动创建替代的 Pod。' } },
      { docker: 'docker restart <container>', kubectl: 'kubectl rollout restart deployment <name>' },
      { docker: 'docker login <registry>', kubectl: 'kubectl create secret docker-registry <name> --docker-server=<registry> --docker-username=<user> --docker-password=<password>', note: { en: 'Pods use the secret through imagePullSecrets.', zh: 'Pod 通过 imagePullSecrets 使用这个 Secret。' } },
    ],
    related: ['kubectl', 'container', 'image', 'pod', 'deployment', 'docker'],
    text: {
      en: {
        title: 'Docker commands and their kubectl counterparts',
        summary: 'The everyday Docker commands, grouped by purpose, and what to type in Kubernetes instead.',
        body: p(
          'Container lifecycle: `docker run` creates and starts a container; `start`, `stop` and `restart` control it; `kill` sends a signal (SIGKILL by default); `pause`/`unpause` freeze and thaw its processes; `rm` removes it. Inspection: `ps` lists containers, `inspect` prints their configuration, `logs` shows output, `exec` runs a command inside, `top` lists its processes.',
          'Images and registries: `build` makes an image from a Dockerfile, `images` lists local images, `history` shows their layers, `tag` adds a name, `rmi` removes one, and `login`, `pull`, `push` and `search` talk to a registry.',
          'In Kubernetes you rarely manage single containers. You declare objects (usually a Deployment) and controllers and the kubelet start, restart and replace the containers. The closest matches are: docker ps ≈ kubectl get pods, docker logs ≈ kubectl logs, docker exec ≈ kubectl exec, docker inspect ≈ kubectl describe or kubectl get -o yaml, docker top ≈ kubectl top (CPU/memory, needs metrics-server). Building and pushing images stays outside the cluster, and pause has no kubectl counterpart.',
        ),
      },
      zh: {
        title: 'Docker 常用命令与 kubectl 对照',
        summary: '按用途分组的常用 Docker 命令，以及在 Kubernetes 中对应的写法。',
        body: p(
          '容器生命周期：`docker run` 创建并启动容器；`start`、`stop`、`restart` 控制其运行；`kill` 发送信号（默认 SIGKILL）；`pause`/`unpause` 冻结和恢复其进程；`rm` 删除容器。查看信息：`ps` 列出容器，`inspect` 输出配置详情，`logs` 查看输出，`exec` 在容器内执行命令，`top` 列出容器内进程。',
          '镜像与仓库：`build` 根据 Dockerfile 构建镜像，`images` 列出本地镜像，`history` 查看镜像各层，`tag` 为镜像打标签，`rmi` 删除镜像，`login`、`pull`、`push`、`search` 则与镜像仓库交互。',
          '在 Kubernetes 中很少直接管理单个容器。你声明对象（通常是 Deployment），由控制器和 kubelet 负责启动、重启和替换容器。最接近的对应关系是：docker ps ≈ kubectl get pods，docker logs ≈ kubectl logs，docker exec ≈ kubectl exec，docker inspect ≈ kubectl describe 或 kubectl get -o yaml，docker top ≈ kubectl top（显示 CPU/内存，需要 metrics-server）。镜像的构建和推送仍在集群外完成，pause 在 kubectl 中没有对应命令。',
        ),
      },
    },
  },
};
