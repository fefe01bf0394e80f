import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import jsQR from 'jsqr';

/** How often a camera frame is decoded: often enough to answer within a second, light on a phone. */
const FRAME_MS = 120;

/**
 * The phone's camera, read for a QR code: frames are drawn on a canvas and decoded by jsQR (Chromium
 * on Linux has no BarcodeDetector). The first code found is handed over and the camera is switched off.
 */
export function QrScanner({ onCode, onStop }: { onCode: (text: string) => void; onStop: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const handed = useRef(onCode);
  handed.current = onCode;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const scan = () => {
      const v = video.current;
      if (stopped || !v || !context) return;
      if (v.readyState >= v.HAVE_CURRENT_DATA && v.videoWidth > 0) {
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        context.drawImage(v, 0, 0, canvas.width, canvas.height);
        const frame = context.getImageData(0, 0, canvas.width, canvas.height);
        const code = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
        if (code?.data) {
          stopped = true;
          stream?.getTracks().forEach((track) => track.stop());
          handed.current(code.data.trim());
          return;
        }
      }
      timer = window.setTimeout(scan, FRAME_MS);
    };
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem(t('prevention.gate.noCamera'));
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((media) => {
        if (stopped) {
          media.getTracks().forEach((track) => track.stop());
          return;
        }
        stream = media;
        if (video.current) {
          video.current.srcObject = media;
          void video.current.play().catch(() => undefined);
        }
        scan();
      })
      .catch(() => setProblem(t('prevention.gate.cameraRefused')));
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [t]);

  return (
    <div className="scanner">
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : (
        <>
          <video ref={video} className="scanner-video" muted playsInline aria-label={t('prevention.gate.cameraView')} />
          <p className="hint" role="status">
            {t('prevention.gate.scanning')}
          </p>
        </>
      )}
      <button type="button" className="button-secondary" onClick={onStop}>
        {t('prevention.gate.stopCamera')}
      </button>
    </div>
  );
}
