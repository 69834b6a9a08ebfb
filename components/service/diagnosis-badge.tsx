import Link from 'next/link';
import { t } from '@/lib/i18n/messages';
import type { ServiceListDiagnosis } from '@/lib/views/service-views';
import { useLocale } from '@/components/ui/page-context';

const STYLE: Record<ServiceListDiagnosis, string> = {
  'service-no-endpoints': 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  'service-no-ready-endpoints': 'border-red-400 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100',
};

const LABEL = { 'service-no-endpoints': 'svc.badge.noEndpoints', 'service-no-ready-endpoints': 'svc.badge.noReadyEndpoints' } as const;

/** A Service-level diagnosis in the list, linking to its explanation on the detail page. */
export function DiagnosisBadge({ id, href }: { id: ServiceListDiagnosis; href: string }) {
  const locale = useLocale();
  return (
    <Link href={href} data-testid="service-diagnosis" data-diagnosis={id} className={`rounded border px-1.5 py-0.5 text-xs font-medium no-underline ${STYLE[id]}`}>
      <span aria-hidden="true">⚠ </span>
      {t(locale, LABEL[id])}
    </Link>
  );
}
