import { describe, expect, it } from 'vitest';
import { fieldInWords, ordinal, parseFieldPath } from '../../src/lib/contract/field-words.ts';

const names: Record<string, string> = { E10000016: 'Kent' };
const name = (id: string) => names[id] ?? id;

describe('field paths in words', () => {
  it('reads a path back', () => {
    expect(parseFieldPath('series[7].value')).toEqual(['series', 7, 'value']);
    expect(parseFieldPath('[3].id')).toEqual([3, 'id']);
    expect(parseFieldPath('Target.value')).toEqual(['Target', 'value']);
    expect(parseFieldPath('long sentence')).toBeUndefined();
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [112, '112th'],
  ])('%i is the %s', (n, word) => {
    expect(ordinal(n)).toBe(word);
  });

  it('names a value of a series by its period and area', () => {
    const data = {
      series: Array.from({ length: 8 }, (_, i) => ({ period: `20${17 + i}/${18 + i}`, area: 'E10000016' })),
    };
    expect(fieldInWords('indicators/x.json', ['series', 7, 'value'], data, name)).toBe('the 8th value (2024/25, Kent)');
  });

  it('names a breakdown value by its sex, age band or group as well', () => {
    const data = { series: [{ period: '2023', area: 'E10000016', sex: 'female', category: 'Most deprived decile' }] };
    expect(fieldInWords('indicators/x.json', ['series', 0], data, name)).toBe(
      'the 1st value (2023, Kent, female, Most deprived decile)',
    );
  });

  it('names projects and workstreams by their titles, innermost first', () => {
    const data = { workstreams: [{ title: 'Healthy weight', projects: [{}, { title: 'Antenatal vaccinations' }] }] };
    expect(fieldInWords('delivery/s/2025-Q1.json', ['workstreams', 0, 'projects', 1, 'rag'], data, name)).toBe(
      'the 2nd project ("Antenatal vaccinations") in the 1st workstream ("Healthy weight")',
    );
  });

  it('calls the items of areas.json areas, and has no words for a path through no list', () => {
    expect(fieldInWords('areas.json', [3, 'id'], [{}, {}, {}, { id: 'E1', name: 'Kent' }], name)).toBe(
      'the 4th area ("Kent")',
    );
    expect(fieldInWords('site.yaml', ['contact', 'email'], {}, name)).toBeUndefined();
  });
});
