import { describe, expect, it } from 'vitest';
import { concepts, diagnoses, LOCALES, type ConceptId, type Locale } from '..';
import { en, zh } from '../../i18n/messages';
import { shellHazards } from '../../testing/shell-hazards';

/*
 * Facts the catalogue once taught wrongly or in a dated form, checked against
 * kubernetes.io and the Kubernetes source for 1.36 (issue 8). Each test reads
 * every sentence of both languages, so a wrong claim cannot come back in
 * another entry.
 */

/** Every sentence a concept shows in one language: text, misconception and command notes. */
function conceptSentences(id: ConceptId, locale: Locale): string {
  const entry = concepts[id];
  const t = entry.text[locale];
  return [t.title, t.summary, t.body, t.misconception?.belief ?? '', t.misconception?.correction ?? '', ...entry.commands.map((c) => c.note?.[locale] ?? '')].join('\n');
}

/** Every sentence the catalogue and the UI strings show in one language, labelled with where it comes from. */
function everySentence(locale: Locale): [string, string][] {
  const out: [string, string][] = [];
  for (const id of Object.keys(concepts) as ConceptId[]) out.push([`concept ${id}`, conceptSentences(id, locale)]);
  for (const d of Object.values(diagnoses)) out.push([`diagnosis ${d.id}`, Object.values(d.text[locale]).join('\n')]);
  for (const [key, text] of Object.entries(locale === 'en' ? en : zh)) out.push([`ui ${key}`, text]);
  return out;
}

/** Where a pattern occurs, e.g. ['concept cgroups (zh)']. */
function occurrences(pattern: RegExp): string[] {
  return LOCALES.flatMap((locale) => everySentence(locale).filter(([, text]) => pattern.test(text)).map(([where]) => `${where} (${locale})`));
}

describe('cgroups and the container runtime on a 1.36 node', () => {
  it('teaches cgroup v1 as deprecated since 1.35 with the kubelet refusing it by default, not as "maintenance mode since 1.31"', () => {
    expect(occurrences(/maintenance mode|维护模式/i)).toStrictEqual([]);
    for (const locale of LOCALES) {
      const text = conceptSentences('cgroups', locale);
      expect(text, locale).toContain('1.35');
      expect(text, locale).toContain('failCgroupV1: false');
    }
  });

  it('says the kubelet reads the cgroup driver from the runtime over the CRI since 1.34', () => {
    for (const id of ['cgroups', 'container-runtime'] as const) {
      expect(conceptSentences(id, 'en'), id).toMatch(/since (Kubernetes )?1\.34 the kubelet (asks|reads)/);
      expect(conceptSentences(id, 'zh'), id).toMatch(/自 (Kubernetes )?1\.34 起，kubelet 通过 CRI/);
    }
  });

  it('names the cgroup v2 files cpu.weight, cpu.max and memory.max, and never cpu.shares', () => {
    expect(occurrences(/cpu\.shares/)).toStrictEqual([]);
    for (const locale of LOCALES) {
      for (const file of ['cpu.weight', 'cpu.max', 'memory.max']) {
        expect(conceptSentences('cgroups', locale), `${locale} ${file}`).toContain(file);
        expect(locale === 'en' ? en['pod.c.cgroup'] : zh['pod.c.cgroup'], `${locale} ${file}`).toContain(file);
      }
    }
  });

  it('gives containerd 2.x as the runtime example, the major version 1.36 nodes need', () => {
    expect(occurrences(/containerd:\/\/1\./)).toStrictEqual([]);
    for (const locale of LOCALES) expect(conceptSentences('container-runtime', locale), locale).toMatch(/containerd:\/\/2\.\d+\.\d+/);
  });
});

describe('kube-proxy modes and the cluster IP', () => {
  it('marks IPVS mode deprecated since 1.35, names nftables as its replacement and keeps iptables the default', () => {
    const en = conceptSentences('kube-proxy', 'en');
    expect(en).toMatch(/iptables \(still the default\)/);
    expect(en).toMatch(/IPVS, which is deprecated since Kubernetes 1\.35 with nftables named as its replacement/);
    const zh = conceptSentences('kube-proxy', 'zh');
    expect(zh).toContain('iptables（仍是默认模式）');
    expect(zh).toMatch(/自 Kubernetes 1\.35 起被弃用的 IPVS（官方建议改用 nftables）/);
    // The command note lists the modes too: ipvs there must carry the same warning.
    for (const locale of LOCALES) expect(concepts['kube-proxy'].commands.map((c) => c.note?.[locale] ?? '').join(), locale).toMatch(/ipvs.*1\.35/);
  });

  it('limits "no interface holds the cluster IP" to iptables and nftables, and names kube-ipvs0 for IPVS mode', () => {
    expect(occurrences(/no interface owns|没有任何网卡拥有/)).toStrictEqual([]);
    expect(conceptSentences('cluster-ip', 'en')).toMatch(/In iptables and nftables mode no Pod or node interface has the IP[^]*In IPVS mode kube-proxy binds every cluster IP to a dummy interface, kube-ipvs0, on each node/);
    expect(conceptSentences('cluster-ip', 'zh')).toMatch(/在 iptables 和 nftables 模式下，没有任何 Pod 或节点网卡拥有这个 IP[^]*在 IPVS 模式下，kube-proxy 会把每个集群 IP 绑定到每个节点上的虚拟网卡 kube-ipvs0/);
  });
});

describe('node-pressure eviction order', () => {
  // docs: concepts/scheduling-eviction/node-pressure-eviction#pod-selection-for-kubelet-eviction
  it('ranks by usage above requests, then Priority, then how far above, and says the QoS class is not used', () => {
    expect(conceptSentences('qos-class', 'en')).toMatch(/ranks Pods for eviction by whether their usage exceeds their requests, then by Priority, then by how far usage exceeds requests\. It does not use the QoS class/);
    expect(conceptSentences('node-condition-memory-pressure', 'en')).toMatch(/ranks them by whether their usage exceeds their requests, then by Priority, then by how far usage exceeds requests; the QoS class is not part of the ranking/);
    expect(conceptSentences('qos-class', 'zh')).toMatch(/依次按用量是否超过请求、优先级（Priority）、用量超出请求的多少，给 Pod 排出驱逐顺序。它排序时不使用 QoS 类别/);
    expect(conceptSentences('node-condition-memory-pressure', 'zh')).toMatch(/先看用量是否超过请求，再看优先级（Priority），最后看用量超出请求的多少来排序；QoS 类别不参与排序/);
    for (const locale of LOCALES) expect(diagnoses.evicted.text[locale].nextStep, locale).toMatch(/does not rank by QoS class|不按 QoS 类别排序/);
  });

  it('never claims that BestEffort Pods are evicted first or that the QoS class decides eviction', () => {
    expect(occurrences(/BestEffort Pods (go|are evicted) first|shapes eviction|首当其冲|最先被驱逐；|影响节点压力下的驱逐顺序/)).toStrictEqual([]);
  });
});

describe('Pods on a lost node', () => {
  it('says the node lifecycle controller evicts them and their phase is set to Failed, never that they keep their phase', () => {
    expect(occurrences(/(?<!do not )keep their (last )?phase|Pod 保持原来的阶段/)).toStrictEqual([]);
    expect(conceptSentences('phase-unknown', 'en')).toMatch(/the node lifecycle controller evicts them, and their phase is set to Failed rather than kept/);
    expect(conceptSentences('phase-unknown', 'zh')).toMatch(/节点生命周期控制器驱逐它们，它们的阶段被设为 Failed，而不是保持原样/);
  });
});

describe('the kubelet part of the creation flow', () => {
  const words: Record<Locale, [RegExp, RegExp, RegExp]> = { en: [/volume/i, /sandbox/i, /pull/i], zh: [/卷/, /沙箱/, /拉取/] };

  // pkg/kubelet: SyncPod admits and waits for volumes, then kuberuntime SyncPod creates the sandbox before startContainer pulls.
  it('mounts volumes before the sandbox and pulls images after it, in every paragraph that names all three', () => {
    const checked: string[] = [];
    const wrong: string[] = [];
    for (const locale of LOCALES) {
      for (const id of Object.keys(concepts) as ConceptId[]) {
        const t = concepts[id].text[locale];
        for (const paragraph of [t.summary, ...t.body.split(/\n\s*\n/)]) {
          const at = words[locale].map((w) => paragraph.search(w));
          if (at.some((i) => i < 0)) continue;
          checked.push(`${id} (${locale})`);
          const [volume = 0, sandbox = 0, pull = 0] = at;
          if (!(volume < sandbox && sandbox < pull)) wrong.push(`${id} (${locale}): ${paragraph.slice(0, 80)}…`);
        }
      }
    }
    expect(wrong).toStrictEqual([]);
    for (const id of ['pod-creation-flow', 'phase-pending', 'reason-container-creating', 'kubelet', 'condition-pod-ready-to-start-containers']) {
      for (const locale of LOCALES) expect(checked, `${id} (${locale}) states the order`).toContain(`${id} (${locale})`);
    }
  });

  it('says a Pod without init containers is Initialized before PodReadyToStartContainers', () => {
    expect(conceptSentences('pod-conditions', 'en')).toContain('for a Pod without init containers, Initialized turns True before PodReadyToStartContainers');
    expect(conceptSentences('pod-conditions', 'zh')).toContain('没有 Init 容器的 Pod，Initialized 先于 PodReadyToStartContainers 变为 True');
    expect(conceptSentences('condition-initialized', 'en')).toContain('before the sandbox is even created (so before PodReadyToStartContainers)');
    expect(conceptSentences('condition-initialized', 'zh')).toContain('甚至早于沙箱创建（因此早于 PodReadyToStartContainers）');
  });
});

describe('hostPath and the Pod Security Standards', () => {
  it('says Baseline forbids every hostPath volume, read-only ones too, and never only writable ones', () => {
    expect(occurrences(/[Ww]ritable hostPath mounts? .*forbids|可写的 hostPath 挂载.*禁止/)).toStrictEqual([]);
    expect(conceptSentences('hostpath', 'en')).toContain('the Baseline Pod Security Standard forbids every hostPath volume, read-only ones too');
    expect(conceptSentences('hostpath', 'zh')).toContain('Pod 安全标准的 Baseline 级别禁止一切 hostPath 卷，只读的也不例外');
    expect(en['pod.vol.risk']).toContain('Baseline Pod Security Standard forbids it, read-only too');
    expect(zh['pod.vol.risk']).toContain('Baseline 级别禁止它，只读也不例外');
  });
});

describe('listing events', () => {
  const commands = Object.values(concepts).flatMap((c) => c.commands.map((cmd) => ({ id: c.id, ...cmd })));

  it('never sorts events by .lastTimestamp in a command: events written through events.k8s.io have none', () => {
    expect(commands.filter((c) => /sort-by=\.?lastTimestamp/.test(c.kubectl ?? '')).map((c) => c.id)).toStrictEqual([]);
  });

  it('shows a pod\'s events with kubectl events --for pod/<pod>', () => {
    for (const id of ['pod-creation-flow', 'events', 'reason-container-creating', 'image-pull-policy'] as const) {
      expect(concepts[id].commands.map((c) => c.kubectl), id).toContain('kubectl events --for pod/<pod>');
    }
  });
});

describe('commands run as written in bash and zsh', () => {
  it('finds the hazards it is meant to find, and only those', () => {
    expect(shellHazards('kubectl get --raw /readyz?verbose')).toStrictEqual(['unquoted ? (glob)']);
    expect(shellHazards('docker run --pull always|missing|never <image>')).toStrictEqual(['a|b written as choices (a pipeline in the shell)']);
    expect(shellHazards("kubectl get --raw='/readyz?verbose'")).toStrictEqual([]);
    expect(shellHazards("kubectl get pod <pod> -o jsonpath='{.spec.containers[*].image}'")).toStrictEqual([]);
    expect(shellHazards('kubectl get pods -o jsonpath={.items[*].metadata.name}')).toStrictEqual(['unquoted * (glob)', 'unquoted [ (glob)']);
    expect(shellHazards('kubectl logs <pod> | grep error')).toStrictEqual([]);
  });

  it('quotes every glob character and lists no a|b|c choices in any catalogue command', () => {
    const problems = Object.values(concepts).flatMap((c) =>
      c.commands.flatMap((cmd) => [cmd.kubectl, cmd.docker].flatMap((line) => (line ? shellHazards(line).map((h) => `${c.id}: ${line} — ${h}`) : []))),
    );
    expect(problems).toStrictEqual([]);
  });

  it('writes the readyz query and the docker pull policy the way a shell accepts them', () => {
    expect(concepts['control-plane'].commands.map((c) => c.kubectl)).toContain("kubectl get --raw='/readyz?verbose'");
    expect(concepts['image-pull-policy'].commands.map((c) => c.docker)).toContain('docker run --pull=missing <image>');
    expect(occurrences(/always\|missing\|never/)).toStrictEqual([]);
  });
});

describe('commands quoted inside sentences', () => {
  it('run as written too: every `backticked` kubectl or docker command in the catalogue and the UI strings', () => {
    const quoted = LOCALES.flatMap((locale) =>
      everySentence(locale).flatMap(([where, text]) => [...text.matchAll(/`((?:kubectl|docker) [^`]+)`/g)].map((m) => ({ where, command: m[1] ?? '' }))),
    );
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((q) => shellHazards(q.command).length > 0)).toStrictEqual([]);
  });
});
