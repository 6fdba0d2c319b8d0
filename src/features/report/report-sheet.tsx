import type { Annex } from '@/domain/report/annex';
import type { FieldId, ReportText } from '@/domain/report/document';
import type { ReportRequest } from '@/domain/report/requests';
import type { Wording } from '@/domain/report/wording';
import { useI18n } from '@/i18n/i18n-context';
import { AfterNextFrame } from '@/ui/after-next-frame';
import { AnnexTable } from './annex-table';
import { EditableText } from './editable-text';
import { RequestsEditor } from './requests-editor';
import type { ReportDraftState } from './use-report-draft';

interface Props {
  text: ReportText;
  annex: Annex;
  /** Where the figures come from (demo data says so), printed with the annex. */
  source: string;
  /** "Dữ liệu minh họa" on demo data, on screen and on every printed page. */
  mark?: string | undefined;
  wording: Wording;
  draft: ReportDraftState;
  issued: { number: string; requests: ReportRequest[] } | null;
}

/** The notice laid out as a Party document (Hướng dẫn 36-HD/VPTW), every part editable in place. */
export function ReportSheet({ text, annex, source, mark, wording, draft, issued }: Props) {
  const { t, lang } = useI18n();
  const edits = draft.draft?.fields ?? {};
  const field = (id: FieldId, className: string) => (
    <EditableText
      key={id}
      className={className}
      label={t(`report.field.${id}`)}
      value={text.fields[id]}
      edited={edits[id] !== undefined}
      onChange={(v) => draft.setField(id, v)}
      onReset={() => draft.resetField(id)}
    />
  );
  return (
    <article className="report-sheet" aria-label={t('report.ui.sheetLabel')} lang={lang}>
      {mark && <p className="report-sheet__mark">{mark}</p>}
      <div className="report-sheet__header">
        <div className="report-sheet__issuer">
          {field('issuer', 'report-field--issuer')}
          {field('number', 'report-field--center')}
        </div>
        <div className="report-sheet__party">
          {field('party', 'report-field--party')}
          {field('placeDate', 'report-field--place-date')}
        </div>
      </div>
      {field('title', 'report-field--title')}
      {field('subtitle', 'report-field--subtitle')}
      {field('opening', 'report-field--body')}
      {field('headingResults', 'report-field--heading')}
      {field('results', 'report-field--body')}
      {/* The rest of the notice, below the first screen on a phone, in a commit after the opening and the
          results have been shown: the browser styles and lays out each part in a frame of its own. */}
      <AfterNextFrame>
        {field('headingShortcomings', 'report-field--heading')}
        {field('shortcomings', 'report-field--body')}
        {field('headingRequests', 'report-field--heading')}
        {field('requestsIntro', 'report-field--body')}
        <RequestsEditor
          requests={text.requests}
          wording={wording}
          edited={draft.draft?.requests != null}
          onChange={draft.setRequests}
          onReset={draft.resetRequests}
          issued={issued}
        />
        {field('closing', 'report-field--body')}
        <div className="report-sheet__footer">
          <div className="report-sheet__recipients">{field('recipients', 'report-field--recipients')}</div>
          <div className="report-sheet__signature">
            {field('signature', 'report-field--signature')}
            <div className="report-sheet__sign-space" aria-hidden="true" />
            {field('signer', 'report-field--signer')}
          </div>
        </div>
        {/* Below the notice, in a commit of its own after the notice has been shown. */}
        <AfterNextFrame>
          <AnnexTable annex={annex} source={source} />
        </AfterNextFrame>
      </AfterNextFrame>
    </article>
  );
}
