import { describe, expect, it } from 'vitest';
import { buildDate, isIsoDate } from '../../src/lib/core/build-date.ts';
import { consultationOf, consultationState, showsBanner } from '../../src/lib/strategy/consultation.ts';
import type { Strategy, Version } from '../../src/lib/contract/model.ts';

const dates = { opens: '2026-11-01', closes: '2027-01-31' };

describe('consultationState', () => {
  it.each([
    ['2026-10-31', 'upcoming'],
    ['2026-11-01', 'open'],
    ['2026-12-15', 'open'],
    ['2027-01-31', 'open'],
    ['2027-02-01', 'closed'],
  ])('on %s the consultation is %s', (today, state) => {
    expect(consultationState(dates, today)).toBe(state);
  });

  it('is concluded once closed with an outcome published', () => {
    const withOutcome = { ...dates, outcomeUrl: 'https://example.org/outcome' };
    expect(consultationState(withOutcome, '2027-03-01')).toBe('concluded');
    // An outcome link published early does not end an open consultation.
    expect(consultationState(withOutcome, '2026-12-01')).toBe('open');
  });
});

function version(id: string, status: Version['status']): Version {
  return { id, strategyId: 's', dir: `strategies/s/${id}`, date: '2026-10-01', status, sections: [] };
}

function strategy(versions: Version[], consultation?: Strategy['consultation']): Strategy {
  return { id: 's', title: 'S', organisations: [], versions, consultation };
}

describe('consultationOf and showsBanner', () => {
  const draft = version('2.0', 'consultation');
  const adopted = version('1.0', 'adopted');
  const s = strategy([adopted, draft], dates);

  it('finds the version under consultation', () => {
    expect(consultationOf(s, '2026-12-01')?.version?.id).toBe('2.0');
  });

  it('shows the banner on the strategy page and the consulted version only, while open', () => {
    const open = consultationOf(s, '2026-12-01');
    expect(showsBanner(open)).toBe(true);
    expect(showsBanner(open, draft)).toBe(true);
    expect(showsBanner(open, adopted)).toBe(false);
    const closed = consultationOf(s, '2027-02-01');
    expect(showsBanner(closed)).toBe(false);
    expect(showsBanner(closed, draft)).toBe(false);
  });

  it('has nothing to say for a strategy without a consultation', () => {
    expect(consultationOf(strategy([adopted]), '2026-12-01')).toBeUndefined();
    expect(showsBanner(undefined)).toBe(false);
  });
});

describe('buildDate', () => {
  it('uses BUILD_DATE when set', () => {
    expect(buildDate({ BUILD_DATE: '2027-01-31' })).toBe('2027-01-31');
  });

  it('uses the current UTC date otherwise', () => {
    expect(buildDate({}, new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
  });

  it('refuses a malformed or impossible BUILD_DATE rather than ignoring it', () => {
    expect(() => buildDate({ BUILD_DATE: '23/11/2026' })).toThrow(/BUILD_DATE is "23\/11\/2026"; expected/);
    expect(() => buildDate({ BUILD_DATE: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
  });

  it('knows real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});
