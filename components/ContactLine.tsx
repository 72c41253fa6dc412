import type { Contact } from '@/lib/core/format/contact';
import { safeHref } from '@/lib/core/model/https-url';
import { CopyButton } from './CopyButton';

interface Props {
  contact: Contact;
  onCopy(text: string): Promise<boolean>;
}

/** "https://shop.example/a/b" → "shop.example/a/b": short enough for one line. */
const shortUrl = (url: string) => url.replace(/^https:\/\/(www\.)?/i, '').replace(/\/$/, '');

/** How to reach the creator, only as the page shows it; each with a copy button. */
export function ContactLine({ contact, onCopy }: Props) {
  const { emails, links, accounts } = contact;
  if (emails.length + links.length + accounts.length === 0) {
    return <p className="contact muted" data-testid="contact">No email or link on this page: use the platform’s message button.</p>;
  }
  return (
    <ul className="contact" data-testid="contact" aria-label="Contact">
      {emails.map((e) => (
        <li key={e}><span className="muted">Email:</span><span className="value">{e}</span> <CopyButton label={`Copy email ${e}`} text={e} onCopy={onCopy} /></li>
      ))}
      {links.map((l) => (
        <li key={l}><span className="muted">Link:</span><a className="value" href={safeHref(l)} target="_blank" rel="noreferrer">{shortUrl(l)}</a> <CopyButton label={`Copy link ${shortUrl(l)}`} text={l} onCopy={onCopy} /></li>
      ))}
      {accounts.map((a) => (
        <li key={a.url}><a className="value" href={safeHref(a.url)} target="_blank" rel="noreferrer">{a.platform}: {shortUrl(a.url).replace(/^[^/]+\//, '')}</a> <CopyButton label={`Copy ${a.platform} address`} text={a.url} onCopy={onCopy} /></li>
      ))}
    </ul>
  );
}
