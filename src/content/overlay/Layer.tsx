// The overlay's UI: a marker beside each matched paragraph and, for the open one, a card with
// the claims it carries. Rendered by Preact inside the closed shadow root; all text is set as
// text (Preact escapes it), never as HTML.

import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { answerCredit, firstReportLine, type ClaimView } from '../../view/describe.ts';
import { KINDS, kindOf } from '../../view/kinds.ts';
import type { ClaimKind } from '../../model/types.ts';

export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Entry {
  paragraph: number;
  kind: ClaimKind;
  claims: ClaimView[];
  rect: Rect;
}

export interface LayerProps {
  entries: Entry[];
  open: number | null;
  subject: string;
  viewportWidth: number;
  onOpen(paragraph: number | null, viaKeyboard: boolean): void;
}

const MARKER = 24;
const CARD_WIDTH = 380;

export function Layer({ entries, open, subject, viewportWidth, onOpen }: LayerProps) {
  return (
    <div class="layer">
      {entries.map((e) => (
        <Marker
          key={e.paragraph}
          entry={e}
          open={open === e.paragraph}
          subject={subject}
          viewportWidth={viewportWidth}
          onOpen={onOpen}
        />
      ))}
      <Legend />
    </div>
  );
}

function Marker({
  entry,
  open,
  subject,
  viewportWidth,
  onOpen,
}: {
  entry: Entry;
  open: boolean;
  subject: string;
  viewportWidth: number;
  onOpen: LayerProps['onOpen'];
}) {
  const { rect } = entry;
  // Beside the paragraph: in the left margin if there is room, else the right one.
  const left = rect.left >= MARKER + 8 ? rect.left - MARKER - 6 : rect.right + 6;
  const cardId = `backstory-card-${entry.paragraph}`;
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [open]);
  const label = `Backstory: ${entry.claims.length} claim${entry.claims.length === 1 ? '' : 's'} in this paragraph (${kindOf(entry.kind).label.toLowerCase()})`;
  return (
    <>
      <button
        ref={button}
        class={`marker kind-${entry.kind}`}
        style={{ top: `${rect.top}px`, left: `${left}px` }}
        aria-label={label}
        aria-expanded={open}
        aria-controls={cardId}
        data-paragraph={entry.paragraph}
        onClick={() => onOpen(open ? null : entry.paragraph, false)}
        onMouseEnter={() => onOpen(entry.paragraph, false)}
        onKeyDown={(ev) => {
          if (ev.key === 'Escape') onOpen(null, true);
        }}
      >
        {entry.claims.length}
      </button>
      {open && (
        <Card
          entry={entry}
          id={cardId}
          subject={subject}
          viewportWidth={viewportWidth}
          onClose={() => onOpen(null, true)}
        />
      )}
    </>
  );
}

function Card({
  entry,
  id,
  subject,
  viewportWidth,
  onClose,
}: {
  entry: Entry;
  id: string;
  subject: string;
  viewportWidth: number;
  onClose(): void;
}) {
  const { rect } = entry;
  // Never over the paragraph: beside it on the right when the page has room, else below it.
  const beside = rect.right + 16 + CARD_WIDTH + 8 <= viewportWidth;
  const left = beside ? rect.right + 16 : Math.max(8, Math.min(rect.left, viewportWidth - CARD_WIDTH - 8));
  const top = beside ? rect.top : rect.bottom + 8;
  return (
    <div
      class="card"
      id={id}
      role="dialog"
      aria-label="Backstory: where this paragraph's claims come from"
      style={{ top: `${top}px`, left: `${left}px` }}
      onKeyDown={(ev) => {
        if (ev.key === 'Escape') onClose();
      }}
    >
      <button class="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      <h2>Backstory</h2>
      {entry.claims.map((c) => (
        <ClaimBlock key={c.id} claim={c} subject={subject} />
      ))}
    </div>
  );
}

function ClaimBlock({ claim, subject }: { claim: ClaimView; subject: string }) {
  return (
    <section class="claim" data-claim={claim.id}>
      <span class={`kind kind-${claim.kind}`}>{kindOf(claim.kind).label}</span>
      <p class="text">{claim.text}</p>
      <p class="first">{firstReportLine(claim)}</p>
      {claim.otherOutlets.length > 0 && <p class="others">Also carried by {claim.otherOutlets.join(', ')}</p>}
      {claim.answers.map((a) => (
        <blockquote key={a.claimId} class="answer">
          {a.official ? `“${a.quote}”` : a.quote}
          <cite>— {answerCredit(subject, a)}</cite>
        </blockquote>
      ))}
    </section>
  );
}

function Legend() {
  return (
    <div class="legend" role="note" aria-label="Backstory colours">
      Backstory:
      {KINDS.filter((k) => k.legend).map((k) => (
        <Fragment key={k.kind}>
          <span class={`sw kind-${k.kind}`} />
          {k.label.toLowerCase()}
        </Fragment>
      ))}
    </div>
  );
}
