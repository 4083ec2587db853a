/**
 * How far the editor may dim the English source and still keep it readable: WCAG's 4.5:1 contrast for text,
 * measured on VS Code's default themes (the extension cannot read the colours of the theme in use, only its kind).
 * Pure, so the figures are tested in memory.
 */

export type Rgb = readonly [number, number, number];

/** WCAG 2 relative luminance of an sRGB colour (0–255 channels). */
export function relativeLuminance([red, green, blue]: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

export function contrastRatio(first: Rgb, second: Rgb): number {
  const [one, other] = [relativeLuminance(first), relativeLuminance(second)];
  const [lighter, darker] = one >= other ? [one, other] : [other, one];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Text drawn at `opacity` over the background, as the editor paints it. */
export function blend(foreground: Rgb, background: Rgb, opacity: number): Rgb {
  const mix = (at: 0 | 1 | 2) => Math.round(opacity * foreground[at] + (1 - opacity) * background[at]);
  return [mix(0), mix(1), mix(2)];
}

/** The lowest opacity, in hundredths, at which the text keeps the ratio against the background. */
export function minimumOpacity(foreground: Rgb, background: Rgb, ratio = 4.5): number {
  for (let hundredths = 0; hundredths <= 100; hundredths++) {
    if (contrastRatio(blend(foreground, background, hundredths / 100), background) >= ratio) return hundredths / 100;
  }
  return 1;
}

export type ThemeKind = 'light' | 'dark';

/** Editor text and background of VS Code's default themes: Light Modern, Light+, Dark Modern, Dark+. */
export interface ThemeText {
  readonly name: string;
  readonly foreground: Rgb;
  readonly background: Rgb;
}

export const DEFAULT_THEME_TEXT: Readonly<Record<ThemeKind, readonly ThemeText[]>> = {
  light: [
    { name: 'Light Modern', foreground: [0x3b, 0x3b, 0x3b], background: [0xff, 0xff, 0xff] },
    { name: 'Light+', foreground: [0x00, 0x00, 0x00], background: [0xff, 0xff, 0xff] },
  ],
  dark: [
    { name: 'Dark Modern', foreground: [0xcc, 0xcc, 0xcc], background: [0x1f, 0x1f, 0x1f] },
    { name: 'Dark+', foreground: [0xd4, 0xd4, 0xd4], background: [0x1e, 0x1e, 0x1e] },
  ],
};

/** The lowest opacity that keeps 4.5:1 on every default theme of the kind. */
export function opacityFloor(kind: ThemeKind): number {
  return Math.max(...DEFAULT_THEME_TEXT[kind].map((theme) => minimumOpacity(theme.foreground, theme.background)));
}

/**
 * The opacity for `bilingualDocs.dimSource`: `true` dims down to the floor, a number asks for that opacity but
 * never goes under the floor, `false` (or anything else) does not dim.
 */
export function sourceOpacity(setting: unknown, kind: ThemeKind): number | null {
  if (setting === true) return opacityFloor(kind);
  if (typeof setting !== 'number' || !Number.isFinite(setting) || setting >= 1) return null;
  return Math.max(setting, opacityFloor(kind));
}
