import { useState } from 'react';

/** A secret or link shown once, with a button that copies it. */
export function CopyBox({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => setCopied(true));
  };
  return (
    <div className="copy-box">
      <span>{text}</span>
      <button type="button" className="button button-secondary" onClick={copy} aria-live="polite">
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
