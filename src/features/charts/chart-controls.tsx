import { useId } from 'react';
import { useNavigate } from 'react-router';
import { withChartOptions, type ChartOptions } from '@/domain/chart-options';
import { hrefWith, type ViewState } from '@/domain/view-state';

/** Changes chart options through the URL, so they survive reload, back and sharing. */
export function useSetChartOptions(state: ViewState): (patch: Partial<ChartOptions>) => void {
  const navigate = useNavigate();
  return (patch) => void navigate(hrefWith(state, { extra: withChartOptions(state.extra, patch) }), { preventScrollReset: true });
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function OptionSelect<T extends string>({ label, value, options, onChange }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ChecksProps<T extends string> {
  legend: string;
  values: readonly T[];
  options: readonly { value: T; label: string }[];
  onChange: (values: T[]) => void;
}

export function OptionChecks<T extends string>({ legend, values, options, onChange }: ChecksProps<T>) {
  return (
    <fieldset className="chart-checks">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            checked={values.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
