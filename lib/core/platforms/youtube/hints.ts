import { str } from '../../parse/json-path';
import { type DocShapes, ofKind } from './collect';
import { dig } from './dig';
import { textOf } from './text';

/** Playability statuses of a video the page withholds until the viewer proves their age (or signs in for it). */
const AGE_STATUSES = ['AGE_VERIFICATION_REQUIRED', 'AGE_CHECK_REQUIRED', 'CONTENT_CHECK_REQUIRED'];
/** A sign-in wall for another reason than age ("confirm you're not a bot", a private video) is not an age gate. */
const NOT_AGE = /\bbot\b|private|members/i;
const AGE = /\bage\b|age-restricted|inappropriate for some users/i;
/** What YouTube says in place of a terminated, deleted or non-existent channel. */
const GONE = /terminated|does not exist|doesn't exist|no longer available|has been removed|suspended|account (?:has been )?closed/i;

export interface YtHints {
  ageGated: boolean;
  unavailable: boolean;
}

/** The playability status and channel alerts of the documents about this page's creator or video. */
export function readHints(shapes: readonly DocShapes[]): YtHints {
  let ageGated = false;
  for (const p of ofKind(shapes, 'playability')) {
    const status = str(p.value.status) ?? '';
    const reason = [textOf(p.value.reason), textOf(dig(p.value.errorScreen, 'reason')), textOf(dig(p.value.errorScreen, 'subreason'))].filter(Boolean).join(' ');
    if (AGE_STATUSES.includes(status) || AGE.test(reason) || (status === 'LOGIN_REQUIRED' && !NOT_AGE.test(reason))) ageGated = true;
  }
  const unavailable = ofKind(shapes, 'alert').some((a) => str(a.value.type) === 'ERROR' && GONE.test(textOf(a.value.text) ?? ''));
  return { ageGated, unavailable };
}
