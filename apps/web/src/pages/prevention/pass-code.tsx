/**
 * A pass's QR code as the API drew it (an SVG of the signed token, made by the server with the qrcode
 * package: no script, no style, nothing loaded), shown large and with its meaning for screen readers.
 */
export function PassCode({ svg, label }: { svg: string; label: string }) {
  if (!svg.startsWith('<svg')) return null;
  return <div className="pass-qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
