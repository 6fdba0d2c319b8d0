import type { Catalogue, UnitDocument } from '@/api/contract';
import { missingAnnualTargets } from '@/domain/target-allocation';
import { useI18n } from '@/i18n/i18n-context';

/** "Thành phố Bắc Kạn: chưa có chỉ tiêu năm 2022, 2023" for the unit and each unit below it. */
export function MissingTargetFlags({ doc, catalogue, years }: { doc: UnitDocument; catalogue: Catalogue; years: readonly number[] }) {
  const { t } = useI18n();
  const lines: { key: string; text: string }[] = [];
  for (const unit of [doc.unit, ...doc.children]) {
    const figures = doc.figures[unit.code];
    const missing = missingAnnualTargets(catalogue.indicators, figures?.targets ?? {}, years, figures?.hiddenTargets);
    const whole = missing.filter((m) => m.all).map((m) => m.year);
    if (whole.length) lines.push({ key: `${unit.code}-all`, text: t('progress.flags.allYears', { unit: unit.name, years: whole.join(', ') }) });
    for (const m of missing.filter((x) => !x.all)) {
      lines.push({ key: `${unit.code}-${m.year}`, text: t('progress.flags.someIndicators', { unit: unit.name, year: m.year, count: m.indicators.length }) });
    }
  }
  return (
    <section aria-label={t('progress.flags.title')}>
      <h3 className="progress-subtitle">{t('progress.flags.title')}</h3>
      {lines.length === 0 ? (
        <p className="progress-note">{t('progress.flags.none')}</p>
      ) : (
        <ul className="progress-flags">
          {lines.map((l) => (
            <li key={l.key}>{l.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
