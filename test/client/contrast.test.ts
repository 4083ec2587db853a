import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  blend,
  contrastRatio,
  DEFAULT_THEME_TEXT,
  minimumOpacity,
  opacityFloor,
  sourceOpacity,
} from '../../client/src/contrast';

describe('Dimmed source contrast', () => {
  test('Should measure contrast as WCAG does', () => {
    assert.equal(contrastRatio([0, 0, 0], [255, 255, 255]), 21);
    assert.equal(Math.round(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255]) * 100) / 100, 4.54);
  });

  test('Should dim the source on every default theme only as far as 4.5:1 holds', () => {
    for (const kind of ['light', 'dark'] as const) {
      const floor = opacityFloor(kind);
      for (const theme of DEFAULT_THEME_TEXT[kind]) {
        assert.ok(contrastRatio(blend(theme.foreground, theme.background, floor), theme.background) >= 4.5, theme.name);
        const lowest = minimumOpacity(theme.foreground, theme.background);
        assert.ok(
          contrastRatio(blend(theme.foreground, theme.background, lowest - 0.01), theme.background) < 4.5,
          theme.name,
        );
      }
    }
    assert.deepEqual([opacityFloor('light'), opacityFloor('dark')], [0.7, 0.6]);
  });

  test('Should raise a lower requested opacity to the floor, keep a higher one, and not dim when off', () => {
    assert.equal(sourceOpacity(true, 'light'), 0.7);
    assert.equal(sourceOpacity(0.3, 'dark'), 0.6);
    assert.equal(sourceOpacity(0.85, 'light'), 0.85);
    assert.equal(sourceOpacity(false, 'light'), null);
    assert.equal(sourceOpacity(1, 'dark'), null);
    assert.equal(sourceOpacity('half', 'dark'), null);
  });
});
