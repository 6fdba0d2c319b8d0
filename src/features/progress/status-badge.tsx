import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Indicator } from '@/domain/indicators';
import type { Assessed, Assessment } from '@/domain/progress-assess';
import { PROGRESS_CONFIG } from '@/domain/progress-config';
import { useI18n } from '@/i18n/i18n-context';
import { StatusExplanation } from './status-explanation';
import { statusKey, statusTone } from '@/ui/status-text';
import './progress.css';

interface Props {
  assessment: Assessment;
  indicator: Indicator;
  /** Named in the explanation's heading, e.g. "Xã Bằng Thành". */
  unitName?: string;
}

/**
 * A progress status. An assessed status is a button that opens its explanation (B, V, T, dates,
 * R, band, formula); Escape or a click elsewhere closes it. Other statuses say why there is none.
 */
export function StatusBadge({ assessment, indicator, unitName }: Props) {
  if (assessment.kind === 'assessed') return <AssessedBadge assessment={assessment} indicator={indicator} unitName={unitName} />;
  return <PlainStatus assessment={assessment} />;
}

function PlainStatus({ assessment }: { assessment: Exclude<Assessment, Assessed> }) {
  const { t } = useI18n();
  const hint =
    assessment.kind === 'insufficient'
      ? t('progress.status.insufficientHint', { min: PROGRESS_CONFIG.minDataPoints, points: assessment.points })
      : assessment.kind === 'suppressed'
        ? t('progress.status.suppressedHint')
        : null;
  return (
    <span className={`status status--${assessment.kind}`}>
      {t(statusKey(assessment))}
      {hint && <span className="status__hint">{hint}</span>}
    </span>
  );
}

function AssessedBadge({ assessment, indicator, unitName }: { assessment: Assessed; indicator: Indicator; unitName: string | undefined }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (wrapper.current && !wrapper.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };
  const name = indicator.name[lang];
  return (
    <div className="status-badge" ref={wrapper} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className={`status status--${statusTone(assessment)}`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t(statusKey(assessment))}
        <span className="visually-hidden"> – {t('progress.badge.more', { indicator: name })}</span>
      </button>
      {open && (
        <div className="status-popover" id={id} role="group" aria-label={name}>
          <p className="status-popover__title">
            {name}
            {unitName && ` – ${unitName}`}
          </p>
          <StatusExplanation assessment={assessment} indicator={indicator} />
          <button type="button" className="button status-popover__close" onClick={close}>
            {t('progress.explain.close')}
          </button>
        </div>
      )}
    </div>
  );
}
