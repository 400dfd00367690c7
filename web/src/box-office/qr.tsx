// A ticket's QR code, drawn in the browser with the qrcode package (the same
// library the confirmation mail uses): the bare code, error correction M.
import QRCode from "qrcode";
import { useEffect, useState } from "react";

export function TicketQr({ code, label, size = 240 }: { code: string; label: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(code, { errorCorrectionLevel: "M", margin: 2, width: size }).then((url) => {
      if (live) setSrc(url);
    });
    return () => {
      live = false;
    };
  }, [code, size]);
  return src ? (
    <img className="ticket-qr" src={src} alt={label} width={size} height={size} data-testid="ticket-qr" />
  ) : (
    <div className="ticket-qr placeholder" style={{ width: size, height: size }} aria-hidden="true" />
  );
}
