import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../src/lib/core/colour.ts';

describe('colour', () => {
  it('measures relative luminance from 0 (black) to 1 (white)', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
  });

  it('gives the WCAG contrast ratio, the same either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 2);
    expect(contrastRatio('#ffffff', '#1d70b8')).toBe(contrastRatio('#1d70b8', '#ffffff'));
  });

  it('puts the 4.5:1 line between the default colour and a light blue', () => {
    expect(contrastRatio('#005a70', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#66b2ff', '#ffffff')).toBeLessThan(4.5);
    // #767676 is the lightest grey that passes on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});
