import { useLocale } from '@/components/ui/page-context';
import { t } from '@/lib/i18n/messages';
import { Section } from './bits';

/** The pod as `kubectl get pod -o yaml` prints it, without managedFields; Secret values never appear. */
export function YamlView({ yaml }: { yaml: string }) {
  const locale = useLocale();
  return (
    <Section id="yaml" title={t(locale, 'pod.yaml.title')}>
      <p className="mb-2 text-sm">{t(locale, 'pod.yaml.note')}</p>
      <pre
        tabIndex={0}
        aria-label={t(locale, 'pod.yaml.title')}
        data-testid="yaml"
        className="max-h-[70vh] overflow-auto rounded bg-zinc-100 p-3 text-xs text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100"
      >
        {yaml}
      </pre>
    </Section>
  );
}
