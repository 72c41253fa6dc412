import { ReadWindow } from '@/components/ReadWindow';
import { readingView } from './read-window-text';
import { usePanel } from './wiring';

/** The panel's "Read the last N days" control, connected to the panel store. */
export function ReadWindowControl() {
  const { tabId, status, readDays, reading, chooseReadDays, readWindow, stopReading } = usePanel();
  return (
    <ReadWindow days={readDays} onDays={chooseReadDays} reading={reading ? readingView(reading, new Date()) : null}
      disabled={tabId === null || status === 'loading'} onRead={() => tabId !== null && void readWindow(tabId)} onStop={stopReading} />
  );
}
