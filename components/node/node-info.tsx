import { t } from '@/lib/i18n/messages';
import type { NodeInfoView } from '@/lib/explain/node';
import { ConceptChip, ConceptNote } from '@/components/explain/concept-chip';
import { useLocale, useMisconception } from '@/components/ui/page-context';

/** Which runtime message explains containerRuntimeVersion. */
function runtimeKey(rt: NodeInfoView['containerRuntime']) {
  switch (rt.name) {
    case 'containerd':
      return 'nodes.info.runtime.containerd' as const;
    case 'cri-o':
      return 'nodes.info.runtime.crio' as const;
    case 'docker':
      return rt.dockerVia === 'dockershim' ? ('nodes.info.runtime.dockershim' as const) : ('nodes.info.runtime.criDockerd' as const);
    case 'other':
      return 'nodes.info.runtime.other' as const;
    default:
      return 'nodes.info.runtime.unknown' as const;
  }
}

/** status.nodeInfo with the container runtime explained (CRI, no dockershim). */
export function NodeInfo({ info }: { info: NodeInfoView }) {
  const locale = useLocale();
  const rt = info.containerRuntime;
  const correction = useMisconception('container-runtime').correction;
  const row = (label: string, value: string | null, testid?: string) => (
    <>
      <dt className="font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="font-mono" data-testid={testid}>
        {value ?? '—'}
      </dd>
    </>
  );
  return (
    <section aria-labelledby="info-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="info-title" className="text-lg font-semibold">
          {t(locale, 'nodes.info.title')}
        </h2>
        <ConceptChip id="kubelet" />
      </div>
      <div className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" data-testid="runtime">
        <h3 className="flex flex-wrap items-center gap-2 font-semibold">
          {t(locale, 'nodes.info.runtime')} <span className="font-mono" data-testid="runtime-raw">{rt.raw ?? '—'}</span>
          <ConceptChip id="container-runtime" />
        </h3>
        <p className="mt-1 text-sm" data-testid="runtime-explained" data-runtime={rt.name ?? 'unknown'}>
          {t(locale, runtimeKey(rt), { version: rt.version ?? '?', scheme: rt.scheme ?? '' })}
        </p>
        <ConceptNote id="container-runtime" />
        <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300" data-testid="runtime-correction">
          <span className="font-semibold">{t(locale, 'concept.correction')}: </span>
          {correction}
        </p>
      </div>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="node-info">
        {row(t(locale, 'nodes.info.kubelet'), info.kubeletVersion, 'info-kubelet')}
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'nodes.info.kubeProxy')}</dt>
        <dd>{info.kubeProxyVersion ? <span className="font-mono">{info.kubeProxyVersion}</span> : <span className="text-zinc-700 dark:text-zinc-300">{t(locale, 'nodes.info.kubeProxyEmpty')}</span>}</dd>
        {row(t(locale, 'nodes.info.osImage'), info.osImage, 'info-os-image')}
        {row(t(locale, 'nodes.info.kernel'), info.kernelVersion, 'info-kernel')}
        {row(t(locale, 'nodes.info.os'), info.operatingSystem)}
        {row(t(locale, 'nodes.info.arch'), info.architecture, 'info-arch')}
      </dl>
    </section>
  );
}
