import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';

describe('normalizeText', () => {
  it('composes decomposed letters and attaches detached carons (PDF text layers)', () => {
    expect(normalizeText('Liberecke\u0301ho kraje').text).toBe('Libereckého kraje');
    expect(normalizeText('zac\u02C7len\u02C7ova\u0301ni\u0301').text).toBe('začleňování');
    expect(normalizeText('\u02C7rekl').text).toBe('řekl');
  });

  it('collapses spaces, tabs and non-breaking spaces and drops control characters', () => {
    expect(normalizeText('77\u00A0839\u00A0844,-\tKč\u0007  celkem').text).toBe('77 839 844,- Kč celkem');
    expect(normalizeText('a\u00ADb\u200Bc').text).toBe('abc');
  });

  it('rejoins words hyphenated across lines but keeps hyphens of compound names', () => {
    expect(normalizeText('sociál-\nní začleňování').text).toBe('sociální začleňování');
    expect(normalizeText('Vítkov-\nBudišov').text).toBe('Vítkov-Budišov');
  });

  it('unwraps hard-wrapped lines and removes page-break gaps inside a sentence', () => {
    const wrapped = [
      'Spolupráce bude podle krajského radního pro sociální věci Petra Tulpy probíhat také na',
      '',
      '',
      '',
      'platformě krajské Komise pro národnostní menšiny a sociální začleňování. Do ní jsou kromě',
      'zástupců kraje a Agentury zapojeni i zástupci obcí.',
    ].join('\n');
    expect(normalizeText(wrapped).text).toBe(
      'Spolupráce bude podle krajského radního pro sociální věci Petra Tulpy probíhat také na platformě krajské Komise pro národnostní menšiny a sociální začleňování. Do ní jsou kromě zástupců kraje a Agentury zapojeni i zástupci obcí.',
    );
  });

  it('joins a gap only when its letters are not used by the previous gap', () => {
    expect(normalizeText('jednou,\n\nslovo a\n\nb\n\nc').text).toBe('jednou, slovo a b\n\nc');
  });

  it('keeps short label lines and list items on their own lines', () => {
    const text = 'Zpracoval:\nVáclav Strouhal, DiS.\n\n· první bod\n· druhý bod';
    expect(normalizeText(text).text).toBe(text);
  });

  it('maps page starts into the normalised text', () => {
    const raw = 'První  strana\u00A0textu.\n\nDruhá strana.';
    const { text, pageStarts } = normalizeText(raw, [0, raw.indexOf('Druhá')]);
    expect(pageStarts).toHaveLength(2);
    expect(text.slice(pageStarts[1])).toBe('Druhá strana.');
  });

  it('gives the same text whether or not it tracks page starts', () => {
    const raw = '  Tisková\u00A0zpráva\r\n\r\nsociál-\nní věci,\n\n\nkraje\u02C7  \n Text.\f';
    expect(normalizeText(raw, [0, raw.indexOf('Text')]).text).toBe(normalizeText(raw).text);
  });

  it('normalises CRLF line ends and trims the text', () => {
    expect(normalizeText('\r\n  Tisková zpráva\r\n\r\nText.\r\n').text).toBe('Tisková zpráva\n\nText.');
  });
});
