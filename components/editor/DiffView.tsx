/** Raw OCR (or the publisher's text) ↔ current text of one block, rendered as elements (page text is never parsed as HTML). */
import { useMemo } from 'preact/hooks';
import { diffStats, diffText, type DiffSegment } from '../../lib/editor/diff';
import type { T } from './strings';

export function DiffView({ raw, text, t, publisher }: { raw: string; text: string; t: T; publisher?: boolean }) {
  const segments = useMemo(() => diffText(raw, text), [raw, text]);
  const { inserted, deleted } = diffStats(segments);
  return (
    <section class="em-diff" aria-label={t(publisher ? 'publisherDiff' : 'diff')}>
      <h3>{t(publisher ? 'publisherDiff' : 'diff')}</h3>
      <p class="em-muted">{inserted || deleted ? t('diffStats', { ins: inserted, del: deleted }) : t(publisher ? 'sameAsPublisher' : 'noChanges')}</p>
      <DiffText segments={segments} />
    </section>
  );
}

/** The segments as text: inserted characters underlined, deleted ones struck through. */
export function DiffText({ segments }: { segments: DiffSegment[] }) {
  return (
    <p class="em-diff-text">
      {segments.map((s, i) =>
        s.op === 'equal' ? <span key={i}>{s.text}</span> : s.op === 'insert' ? <ins key={i}>{s.text}</ins> : <del key={i}>{s.text}</del>,
      )}
    </p>
  );
}
