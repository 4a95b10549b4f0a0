// @vitest-environment happy-dom
/** The card component: what a reader sees, and that page text stays text. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import type { CardData } from '../../knowledge/cards';

const card: CardData = {
  id: 'pntr',
  name: 'Permanent Normal Trade Relations (PNTR)',
  type: 'policy',
  summary: 'The trade status the U.S. granted China.',
  facts: [{ label: 'Granted', value: 'More than 20 years ago' }],
  related: [{ id: 'most-favored-nation', name: 'Most-favored-nation (MFN) status' }],
  excerpts: [
    { doc: '004', title: 'The Road', source: 'Trade analysis', text: 'revoking the PNTR status <img src=x onerror=alert(1)>', marks: [[13, 17]], passage: [0, 60], leadingEllipsis: true, trailingEllipsis: false },
  ],
  passageCount: 2,
  disputes: [
    {
      topic: 'Musk and Trump',
      sides: [
        { claim: 'Close to Trump', doc: '000', title: 'Doc A', source: 'Analysis', quote: 'close ties', passage: [0, 10] },
        { claim: 'Breaking with Trump', doc: '001', title: 'Doc B', source: 'Commentary', quote: 'distanced himself', passage: [5, 20] },
      ],
    },
  ],
};

function setup(data: CardData | null = card) {
  const props = { onClose: vi.fn(), onRelated: vi.fn(), onReadSource: vi.fn() };
  render(<HoverCard card={data} label="PNTR" headingId="t" {...props} />);
  return props;
}

describe('HoverCard', () => {
  afterEach(cleanup);

  it('is a dialog named by the entity', () => {
    setup();
    expect(screen.getByRole('dialog', { name: 'Permanent Normal Trade Relations (PNTR)' })).toBeTruthy();
  });

  it('shows the summary, facts, type and the excerpt with the mention marked', () => {
    setup();
    expect(screen.getByText('The trade status the U.S. granted China.')).toBeTruthy();
    expect(screen.getByText('Policy')).toBeTruthy();
    expect(screen.getByText('More than 20 years ago')).toBeTruthy();
    expect(document.querySelector('blockquote mark')!.textContent).toBe('PNTR');
    expect(screen.getByText('The Road')).toBeTruthy();
  });

  it('renders excerpt text as text, never as markup', () => {
    setup();
    expect(document.querySelector('blockquote img')).toBeNull();
    expect(document.querySelector('blockquote')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('calls back for related entities, the source and closing', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Most-favored-nation (MFN) status' }));
    expect(props.onRelated).toHaveBeenCalledWith('most-favored-nation');
    fireEvent.click(screen.getAllByRole('button', { name: 'Read the source' })[0]!);
    expect(props.onReadSource).toHaveBeenCalledWith(card.excerpts[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalled();
  });

  it('shows where sources differ, each side with its quote, source and a way to read it', () => {
    const props = setup();
    const section = screen.getByRole('region', { name: 'Sources differ' });
    expect(section.textContent).toContain('Close to Trump');
    expect(section.textContent).toContain('“distanced himself”');
    const buttons = [...section.querySelectorAll('button')];
    fireEvent.click(buttons[1]!);
    expect(props.onReadSource).toHaveBeenCalledWith(card.disputes[0]!.sides[1]);
  });

  it('shows the name as written while loading', () => {
    setup(null);
    expect(screen.getByRole('dialog', { name: 'PNTR' }).getAttribute('aria-busy')).toBe('true');
  });
});
