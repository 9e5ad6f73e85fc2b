import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/core/dates.ts';
import { paths, withBase } from '../../src/lib/core/urls.ts';

describe('paths', () => {
  it('are the public URLs of docs/architecture.md', () => {
    expect(paths.home()).toBe('/');
    expect(paths.strategy('kent')).toBe('/strategies/kent/');
    expect(paths.version('kent', '8.0')).toBe('/strategies/kent/8.0/');
    expect(paths.compare('kent', '7.10', '8.0')).toBe('/strategies/kent/compare/7.10/8.0/');
    expect(paths.dashboard('kent')).toBe('/strategies/kent/dashboard/');
    expect(paths.indicator('physical-inactivity')).toBe('/indicators/physical-inactivity/');
    expect(paths.indicatorArea('physical-inactivity', 'E06000035')).toBe(
      '/indicators/physical-inactivity/areas/E06000035/',
    );
    expect(paths.area('E06000035')).toBe('/areas/E06000035/');
    expect(paths.updates()).toBe('/updates/');
    expect(paths.accessibility()).toBe('/accessibility/');
  });

  it('encode each segment', () => {
    expect(paths.indicator('a/b c')).toBe('/indicators/a%2Fb%20c/');
  });
});

describe('withBase', () => {
  it.each([
    ['/', '/indicators/x/', '/indicators/x/'],
    ['/health/', '/indicators/x/', '/health/indicators/x/'],
    ['/health', '/indicators/x/', '/health/indicators/x/'],
    ['/health/', '/', '/health/'],
    ['/health/', 'updates/', '/health/updates/'],
    ['', '/', '/'],
  ])('%j + %j = %j', (base, sitePath, url) => {
    expect(withBase(base, sitePath)).toBe(url);
  });
});

describe('formatDate', () => {
  it('writes dates in GOV.UK style, whatever the time zone', () => {
    expect(formatDate('2023-12-05')).toBe('5 December 2023');
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
  });
});
