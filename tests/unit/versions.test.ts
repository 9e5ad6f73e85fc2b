import { describe, expect, it } from 'vitest';
import { versionOrder, isVersionId, sortVersions, VERSION_EXPECTED } from '../../src/lib/core/versions.ts';

describe('isVersionId', () => {
  it.each(['1.0', '7.1', '8.0', '10.2', '7.10', '8', '1.2.3', '0.1'])('accepts %j', (id) => {
    expect(isVersionId(id)).toBe(true);
  });

  it.each(['', 'draft', 'v8.0', '8.', '.8', '8..0', '8.0-rc1', '8,0', ' 8.0', '8.0 ', '-1.0'])('refuses %j', (id) => {
    expect(isVersionId(id)).toBe(false);
  });

  it('has an author-facing expected text', () => {
    expect(VERSION_EXPECTED).toBe('a version made of numbers separated by dots, like 7.1 or 8.0');
  });
});

describe('versionOrder', () => {
  it('compares part by part as whole numbers: 7.9 < 7.10 < 8.0 < 10.0', () => {
    expect(versionOrder('7.9', '7.10')).toBeLessThan(0);
    expect(versionOrder('7.10', '8.0')).toBeLessThan(0);
    expect(versionOrder('8.0', '10.0')).toBeLessThan(0);
    expect(versionOrder('10.0', '7.9')).toBeGreaterThan(0);
    expect(versionOrder('7.1', '7.1')).toBe(0);
  });

  it('orders "8" and "8.0" stably, the shorter first, and never calls them equal', () => {
    expect(versionOrder('8', '8.0')).toBeLessThan(0);
    expect(versionOrder('8.0', '8')).toBeGreaterThan(0);
    expect(versionOrder('8.0', '8.0.0')).toBeLessThan(0);
    expect(versionOrder('8.0.1', '8.1')).toBeLessThan(0);
  });

  it('is antisymmetric over a mixed set', () => {
    const ids = ['1.0', '1.9', '1.10', '2', '2.0', '2.0.1', '10.0'];
    for (const a of ids) {
      for (const b of ids) {
        // Written as a sum so that 0 and -0 compare equal.
        expect(Math.sign(versionOrder(a, b)) + Math.sign(versionOrder(b, a))).toBe(0);
      }
    }
  });
});

describe('sortVersions', () => {
  it('sorts by version number, not as text', () => {
    const ids = ['10.0', '8.0', '7.10', '7.9', '7.1', '8'];
    expect(sortVersions(ids, (id) => id)).toEqual(['7.1', '7.9', '7.10', '8', '8.0', '10.0']);
  });

  it('sorts objects by the id it is given, without changing the input', () => {
    const items = [{ id: '1.10' }, { id: '1.9' }, { id: '1.0' }] as const;
    const sorted = sortVersions(items, (v) => v.id);
    expect(sorted.map((v) => v.id)).toEqual(['1.0', '1.9', '1.10']);
    expect(items.map((v) => v.id)).toEqual(['1.10', '1.9', '1.0']);
    expect(sorted[0]).toBe(items[2]);
  });

  it('gives the same order whatever the input order', () => {
    const ids = ['2.0', '2', '1.10', '1.9', '10.0'];
    const forward = sortVersions(ids, (id) => id);
    expect(sortVersions([...ids].reverse(), (id) => id)).toEqual(forward);
  });
});
