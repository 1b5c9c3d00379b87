import { Resvg } from '@resvg/resvg-js';

/**
 * Draws an SVG to PNG without a browser (`@resvg/resvg-js`), at `scale` × its width, with the system's
 * fonts (Noto Sans first, as the charts ask for it after the platform UI fonts).
 */
export function svgToPng(svg: string, width: number, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
